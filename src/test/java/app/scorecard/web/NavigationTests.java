package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The layout's links follow the pages' access rules: each person is offered exactly what they may open. */
@ScorecardIntegrationTest
class NavigationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Test
    void offersNoNavigationBeforeSigningIn() throws Exception {
        assertThat(page(get("/login"))).doesNotContain("<nav").doesNotContain("href=\"/teams\"");
    }

    @Test
    void offersMembersTheirTeamsOnly() throws Exception {
        assertThat(page(get("/").with(people.as("member"))))
                .contains("<nav", "href=\"/teams\"", "Sign out")
                .doesNotContain("href=\"/heatmap\"", "href=\"/accounts\"", "href=\"/admin/question-sets\"");
    }

    @Test
    void offersManagersTheHeatmapButNotTheAdministration() throws Exception {
        assertThat(page(get("/").with(people.as("manager"))))
                .contains("href=\"/teams\"", "href=\"/heatmap\"")
                .doesNotContain("href=\"/accounts\"", "href=\"/admin/question-sets\"");
    }

    @Test
    void offersAdminsEverything() throws Exception {
        assertThat(page(get("/").with(people.as("admin"))))
                .contains(
                        "href=\"/teams\"", "href=\"/heatmap\"", "href=\"/accounts\"", "href=\"/admin/question-sets\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
