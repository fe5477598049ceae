package app.scorecard.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Health for anyone (load balancers), metrics for admins, nothing else of the actuator. */
@ScorecardIntegrationTest
class OperationsEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    QuestionBank questionBank;

    @Test
    void healthReadinessAndLivenessAnswerAnyoneWithoutDetails() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist());
        }
    }

    @Test
    void metricsAreForAdminsAndCountSubmissionsAndScoringTime() throws Exception {
        long draft = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "serve", "Metrics");
        mvc.perform(post("/responses/{id}", draft)
                        .param("action", "submit")
                        .param("lockVersion", "0")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent()); // nothing answered: refused
        MockHttpServletRequestBuilder full = post("/responses/{id}", draft)
                .param("action", "submit")
                .param("lockVersion", "0")
                .with(people.as("manager"))
                .with(csrf());
        questionBank.latestPublished("serve").questions().forEach(q -> full.param("choices[" + q.key() + "]", "4"));
        mvc.perform(full).andExpect(status().isFound());

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("scorecard_responses_submitted_total")))
                .andExpect(content().string(containsString("scorecard_responses_rejected_total{reason=\"invalid\"}")))
                .andExpect(content().string(containsString("scorecard_scoring_seconds_count")));
    }

    @Test
    void noOtherActuatorEndpointIsExposedEvenToAdmins() throws Exception {
        for (String path :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics"}) {
            mvc.perform(get(path).with(httpBasic("admin", "admin"))).andExpect(status().isNotFound());
        }
    }
}
