package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HttpSignIn;
import app.scorecard.support.ScorecardIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The main pages in German and French, as a browser asking for either language gets them: every text from the bundle
 * of that language (Thymeleaf writes a missing key as {@code ??key_de??}), {@code <html lang>} saying so, and scores
 * with the reader's decimal comma.
 */
@ScorecardIntegrationTest
class PagesInGermanAndFrenchTests {

    /** A phrase every page has (the footer), and one that only the translation has. */
    private static final Map<String, String> FOOTER =
            Map.of("de", "ist Open-Source-Software", "fr", "est un logiciel libre");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    long team;
    List<RoundSummary> teamRounds;

    @BeforeEach
    void theDemoTeamsRounds() {
        team = people.customerCare().id();
        teamRounds = rounds.ofTeam(team, new Viewer(people.id("manager"), false));
    }

    @Test
    void theManagersPagesAreWhollyGermanAndFrench() throws Exception {
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/teams",
                "/teams/" + team,
                "/teams/" + team + "/rounds",
                "/teams/" + team + "/rounds/new",
                "/teams/" + team + "/history",
                "/teams/" + team + "/actions",
                "/rounds/" + round("2026 Q4 foundations").id(),
                "/rounds/" + round("2026 Q3").id(),
                "/rounds/" + round("2026 Q4").id(),
                "/rounds/" + round("2026 Q3").id() + "/actions",
                "/rounds/" + round("2026 Q4").id() + "/close",
                "/heatmap",
                "/account/tokens",
                compare()));
        for (String language : FOOTER.keySet()) {
            for (String page : pages) {
                assertWhollyIn(
                        language,
                        page,
                        mvc.perform(in(language, get(page)).with(people.as("manager")))
                                .andReturn()
                                .getResponse(),
                        200);
            }
        }
    }

    @Test
    void theAdminsPagesAreWhollyGermanAndFrench() throws Exception {
        List<String> pages = List.of(
                "/accounts",
                "/accounts/new",
                "/accounts/" + people.id("member") + "/edit",
                "/admin/question-sets",
                "/admin/question-sets/serve",
                "/admin/question-sets/serve/audit",
                "/admin/question-sets/import",
                "/admin/tokens",
                "/admin/invitations",
                "/teams/" + team + "/people");
        for (String language : FOOTER.keySet()) {
            for (String page : pages) {
                assertWhollyIn(
                        language,
                        page,
                        mvc.perform(in(language, get(page)).with(people.as("admin")))
                                .andReturn()
                                .getResponse(),
                        200);
            }
        }
    }

    @Test
    void theSignInPageAndALinksQuestionnaireAreWhollyGermanAndFrench() throws Exception {
        String link = "/i/" + aLink();
        for (String language : FOOTER.keySet()) {
            assertWhollyIn(
                    language,
                    "/login",
                    mvc.perform(in(language, get("/login"))).andReturn().getResponse(),
                    200);
            MockHttpServletResponse questionnaire =
                    mvc.perform(in(language, get(link))).andReturn().getResponse();
            assertWhollyIn(language, link, questionnaire, 200);
            assertThat(questionnaire.getContentAsString())
                    .contains(language.equals("de") ? "Entwurf speichern" : "Enregistrer le brouillon");
        }
    }

    /** Through the real server: error pages are rendered on the container's error dispatch, which MockMvc skips. */
    @Test
    void errorPagesAreWhollyGermanAndFrench() throws Exception {
        HttpClient manager = HttpSignIn.as(base(), "manager");
        HttpClient member = HttpSignIn.as(base(), "member");
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String language : FOOTER.keySet()) {
            assertErrorPageIn(language, manager, "/rounds/999999", 404);
            assertErrorPageIn(language, member, "/accounts", 403);
            assertErrorPageIn(language, anonymous, "/i/no-such-link", 410);
        }
    }

    private void assertErrorPageIn(String language, HttpClient browser, String path, int status) throws Exception {
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Accept-Language", language)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the status of %s", path).isEqualTo(status);
        assertThat(page.body())
                .as("%s in %s", path, language)
                .contains("<html lang=\"" + language + "\"")
                .contains(FOOTER.get(language))
                .doesNotContain("??")
                .doesNotContain("Skip to main content");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aGermanOrFrenchScorecardWritesScoresWithADecimalComma() throws Exception {
        long foundations = round("2026 Q4 foundations").id();
        for (String language : List.of("de", "fr")) {
            String page = mvc.perform(
                            in(language, get("/rounds/" + foundations)).with(people.as("manager")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("id=\"overall-score\">78,8<").doesNotContain(">78.8<");
        }
        String english = mvc.perform(in("en", get("/rounds/" + foundations)).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("id=\"overall-score\">78.8<").contains("<html lang=\"en\"");
    }

    @Test
    void theApiAndTheCsvKeepTheDecimalPointWhateverTheBrowserAsksFor() throws Exception {
        long foundations = round("2026 Q4 foundations").id();
        String json = mvc.perform(in("de", get("/api/v1/rounds/" + foundations + "/scorecard"))
                        .with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"overall\":78.8");
        String csv = mvc.perform(
                        in("fr", get("/teams/" + team + "/history.csv")).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).containsPattern("\\b\\d{1,3}\\.\\d\\b");
    }

    private static MockHttpServletRequestBuilder in(String language, MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", language + ";q=1, en;q=0.5");
    }

    private static void assertWhollyIn(String language, String page, MockHttpServletResponse response, int status)
            throws Exception {
        String html = response.getContentAsString();
        assertThat(response.getStatus()).as("the status of %s", page).isEqualTo(status);
        assertThat(html)
                .as("%s in %s", page, language)
                .contains("<html lang=\"" + language + "\"")
                .contains(FOOTER.get(language))
                .doesNotContain("??")
                .doesNotContain("Sign out")
                .doesNotContain("Skip to main content");
    }

    private RoundSummary round(String label) {
        return teamRounds.stream()
                .filter(round -> round.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** Two finished team rounds of one question set, as the history page offers them. */
    private String compare() {
        List<RoundSummary> comparable = teamRounds.stream()
                .filter(round -> round.mode() == RoundMode.TEAM && !round.open())
                .collect(Collectors.groupingBy(RoundSummary::setKey))
                .values()
                .stream()
                .filter(same -> same.size() >= 2)
                .findFirst()
                .orElseThrow();
        return "/teams/" + team + "/compare?a=" + comparable.get(0).id() + "&b="
                + comparable.get(1).id();
    }

    private String aLink() throws Exception {
        String location = mvc.perform(post("/teams/{id}/rounds", team)
                        .param("questionSet", "serve")
                        .param("label", "Languages " + UUID.randomUUID())
                        .param("mode", "TEAM")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long round = Long.parseLong(location.substring("/rounds/".length()));
        mvc.perform(post("/rounds/{id}/invitations", round)
                .param("names", "Ana")
                .with(people.as("manager"))
                .with(csrf()));
        return invitations
                .of(round, new Viewer(people.id("manager"), false))
                .get(0)
                .token();
    }
}
