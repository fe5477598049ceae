package app.scorecard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.assessment.Rounds;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who reaches which page, with the real security configuration and the demo profile's real accounts. */
@ScorecardIntegrationTest
class PageAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    long customerCare;
    long fieldService;
    long managersResponse;

    @BeforeEach
    void aDraftOfTheManager() {
        customerCare = people.customerCare().id();
        fieldService = people.fieldService().id();
        managersResponse = rounds.startSelfAssessment(people.id("manager"), customerCare, "serve", "Access test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/teams", "/accounts", "/responses/1", "/rounds/1", "/teams/1/rounds/new"})
    void sendsAnonymousPeopleToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/css/app.css", "/js/questionnaire.js"})
    void letsAnonymousPeopleSeeThePublicPages(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void tellsCrawlersToKeepOutOfPersonalLinks() throws Exception {
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Disallow: /i/")));
    }

    @Test
    void sendsSetupToSignInOnceAccountsExist() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "manager"})
    void keepsAccountAdministrationForAdmins(String username) throws Exception {
        mvc.perform(get("/accounts").with(people.as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(people.as("admin"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "manager"})
    void keepsTeamChangesForAdmins(String username) throws Exception {
        mvc.perform(post("/teams")
                        .param("name", "Sneaky")
                        .with(people.as(username))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/teams/{id}/members", customerCare)
                        .param("username", username)
                        .param("role", "MANAGER")
                        .with(people.as(username))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesFormsWithoutACsrfToken() throws Exception {
        mvc.perform(post("/teams").param("name", "No token").with(people.as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/responses/{id}", managersResponse)
                        .param("action", "save")
                        .with(people.as("manager")))
                .andExpect(status().isForbidden());
    }

    @Test
    void hidesOtherTeamsFromManagers() throws Exception {
        mvc.perform(get("/teams/{id}", customerCare).with(people.as("manager2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/teams/{id}/rounds/new", customerCare).with(people.as("manager2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/teams/{id}/rounds", customerCare)
                        .param("questionSet", "serve")
                        .with(people.as("manager2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/teams/{id}", fieldService).with(people.as("manager2")))
                .andExpect(status().isOk());
    }

    @Test
    void letsOnlyTheTeamsManagersStartAnAssessment() throws Exception {
        mvc.perform(get("/teams/{id}/rounds/new", customerCare).with(people.as("member")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/teams/{id}/rounds/new", customerCare).with(people.as("manager")))
                .andExpect(status().isOk());
    }

    @Test
    void showsAResponseOnlyToItsRespondent() throws Exception {
        mvc.perform(get("/responses/{id}", managersResponse).with(people.as("manager")))
                .andExpect(status().isOk());
        for (String other : new String[] {"manager2", "member", "admin"}) {
            mvc.perform(get("/responses/{id}", managersResponse).with(people.as(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/responses/{id}", managersResponse)
                            .param("action", "save")
                            .param("lockVersion", "0")
                            .with(people.as(other))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }
}
