package app.scorecard.questionbank.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ScorecardIntegrationTest
class QuestionSetApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheFiveDefaultSetsWithTheirLatestPublishedVersion() throws Exception {
        // other tests of the shared context add sets of their own
        mvc.perform(get("/api/v1/question-sets").with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].key",
                        hasItems(
                                "customer-relationships",
                                "excel-through-the-process",
                                "outstanding-service-foundations",
                                "promote-excellence",
                                "serve")))
                .andExpect(jsonPath("$[?(@.key == 'promote-excellence')].title")
                        .value(contains("Do we promote excellence?")))
                .andExpect(jsonPath("$[?(@.key == 'promote-excellence')].latestVersion")
                        .value(contains(1)));
    }

    @Test
    void showsTheFullDefinitionOfTheLatestVersion() throws Exception {
        mvc.perform(get("/api/v1/question-sets/promote-excellence").with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("promote-excellence"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.categories[*].questions[*]", hasSize(21)))
                .andExpect(jsonPath("$.categories[0].weight").value(1))
                .andExpect(jsonPath("$.categories[0].questions[0].key").value("strive-for-excellence"))
                .andExpect(jsonPath("$.categories[0].questions[0].kind").value("EITHER_OR"))
                .andExpect(jsonPath("$.categories[0].questions[0].poles.excellence")
                        .value("We strive for excellence"))
                .andExpect(jsonPath("$.categories[0].questions[0].poles.mediocrity")
                        .value("We settle for mediocrity"))
                .andExpect(jsonPath("$.categories[0].questions[0].reverse").value(false))
                .andExpect(jsonPath("$.categories[0].questions[0].guidance.nextStep")
                        .isNotEmpty())
                .andExpect(jsonPath("$.bands[*].min", contains(0, 40, 60, 80)))
                .andExpect(jsonPath("$.bands[3].label").value("Excellence is a way of life"));
    }

    @Test
    void showsAgreementQuestionsWithoutPolesAndWithTheirReverseFlag() throws Exception {
        mvc.perform(get("/api/v1/question-sets/customer-relationships/versions/1")
                        .with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[1].questions[0].key").value("taken-for-granted"))
                .andExpect(jsonPath("$.categories[1].questions[0].kind").value("AGREEMENT"))
                .andExpect(jsonPath("$.categories[1].questions[0].reverse").value(true))
                .andExpect(jsonPath("$.categories[1].questions[0].poles").value(nullValue()));
    }

    @Test
    void answersNotFoundForAnUnknownSetOrVersion() throws Exception {
        mvc.perform(get("/api/v1/question-sets/no-such-set").with(httpBasic("member", "member")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/question-sets/serve/versions/7").with(httpBasic("member", "member")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Question set 'serve' has no published version 7."));
    }

    @Test
    void refusesAVersionThatIsNotANumber() throws Exception {
        mvc.perform(get("/api/v1/question-sets/serve/versions/latest").with(httpBasic("member", "member")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void requiresAuthentication() throws Exception {
        mvc.perform(get("/api/v1/question-sets"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
