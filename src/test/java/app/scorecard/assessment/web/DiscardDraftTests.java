package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.CookieJar;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person discards their own unsent answers after a confirmation page: a self-assessment goes with its draft, a team
 * round's or a link's draft leaves the round as if it never was. Nobody else can, and nothing sent is ever discarded.
 */
@ScorecardIntegrationTest
class DiscardDraftTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    JdbcTemplate jdbc;

    List<QuestionDefinition> questions;
    long manager;
    String label;

    @BeforeEach
    void names() {
        questions = questionBank.latestPublished("serve").questions();
        manager = people.id("manager");
        label = "Discard " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSelfAssessmentDraftIsDiscardedAfterItsConfirmationAndDisappearsWithItsRound() throws Exception {
        long response =
                rounds.startSelfAssessment(manager, people.customerCare().id(), "serve", label);
        long round = roundOf(response);
        questionnaires.saveDraft(
                new Respondent.WithAccount(response, manager),
                0,
                Map.of(key(0), "4", key(1), "na"),
                Map.of(key(0), "a thought of mine"));
        mvc.perform(get("/").with(people.as("manager")))
                .andExpect(content().string(containsString(label)))
                .andExpect(content().string(containsString("href=\"/responses/" + response + "/discard\"")));
        mvc.perform(get("/responses/{id}", response).with(people.as("manager")))
                .andExpect(content().string(containsString("href=\"/responses/" + response + "/discard\"")));

        mvc.perform(get("/responses/{id}/discard", response).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Discard your answers?</h1>")))
                .andExpect(content().string(containsString("2 answers and 1 comment saved so far")))
                .andExpect(content().string(containsString("The self-assessment goes with them")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content()
                        .string(containsString("href=\"/responses/" + response + "\">Cancel: keep my answers")));
        mvc.perform(post("/responses/{id}/discard", response)
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discard your answers?")));
        assertThat(count("select count(*) from response where id = ?", response))
                .isEqualTo(1);

        mvc.perform(post("/responses/{id}/discard", response)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));

        assertThat(count("select count(*) from response where id = ?", response))
                .isZero();
        assertThat(count("select count(*) from response_answer where response_id = ?", response))
                .isZero();
        assertThat(count("select count(*) from assessment_round where id = ?", round))
                .isZero();
        mvc.perform(get("/").with(people.as("manager"))).andExpect(content().string(not(containsString(label))));
        mvc.perform(get("/responses/{id}", response).with(people.as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void nobodyButTheOwnerMayDiscardADraftNotEvenAnotherManagerOfTheTeamOrAnAdmin() throws Exception {
        long response =
                rounds.startSelfAssessment(manager, people.customerCare().id(), "serve", label);
        questionnaires.saveDraft(new Respondent.WithAccount(response, manager), 0, Map.of(key(0), "2"), Map.of());

        for (String who : List.of("member", "manager2", "admin")) {
            mvc.perform(get("/responses/{id}/discard", response).with(people.as(who)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/responses/{id}/discard", response)
                            .param("confirm", "yes")
                            .with(people.as(who))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/responses/{id}/discard", response)
                        .param("confirm", "yes")
                        .with(people.as("manager")))
                .andExpect(status().isForbidden()); // without the form's CSRF token

        assertThat(count("select count(*) from response_answer where response_id = ?", response))
                .isEqualTo(1);
    }

    @Test
    void aSubmittedSelfAssessmentIsNeverDiscardedAndKeepsItsResult() throws Exception {
        long response =
                rounds.startSelfAssessment(manager, people.customerCare().id(), "serve", label);
        long round = roundOf(response);
        questionnaires.submit(
                new Respondent.WithAccount(response, manager),
                0,
                UUID.randomUUID().toString(),
                all("4"),
                Map.of());

        mvc.perform(get("/responses/{id}/discard", response).with(people.as("manager")))
                .andExpect(redirectedUrl("/responses/" + response));
        mvc.perform(post("/responses/{id}/discard", response)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/responses/" + response));

        assertThat(count("select count(*) from response where id = ? and status = 'SUBMITTED'", response))
                .isEqualTo(1);
        assertThat(count("select count(*) from round_result where round_id = ?", round))
                .isEqualTo(1);
        mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("75.0")));
    }

    @Test
    void aMembersDiscardedDraftLeavesNoTraceInTheTeamsResults() throws Exception {
        Viewer managerViewer = new Viewer(manager, false);
        long round = rounds.start(manager, people.customerCare().id(), "serve", label, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, managerViewer, List.of("Ana", "Ben", "Cleo"));
        for (InvitationView link : invitations.of(round, managerViewer)) {
            questionnaires.submit(
                    new Respondent.WithInvitation(link.token(), "browser of " + link.name()),
                    0,
                    UUID.randomUUID().toString(),
                    all("4"),
                    Map.of());
        }
        long member = people.id("member");
        long draft = rounds.respond(round, new Viewer(member, false));
        questionnaires.saveDraft(
                new Respondent.WithAccount(draft, member), 0, all("1"), Map.of(key(0), "my unsent draft comment"));

        mvc.perform(get("/responses/{id}/discard", draft).with(people.as("member")))
                .andExpect(content().string(containsString("20 answers and 1 comment saved so far")))
                .andExpect(content().string(containsString("you can still answer it from the start")));
        mvc.perform(post("/responses/{id}/discard", draft)
                        .param("confirm", "yes")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/" + round));
        rounds.close(round, managerViewer);

        assertThat(count("select count(*) from response where round_id = ?", round))
                .isEqualTo(3);
        // the three links' 4s alone: (4 − 1) × 25 = 75.0 everywhere; the draft's 1s would have pulled it down
        mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">75.0</strong>")))
                .andExpect(content().string(not(containsString("my unsent draft comment"))));
    }

    @Test
    void aLinksDraftIsDiscardedOnlyFromTheBrowserThatSavedItAndTheLinkStartsAfresh() throws Exception {
        String token = oneLink();
        CookieJar saver = new CookieJar();
        assertThat(saver.perform(mvc, linkSave(token).param(choice(0), "5").param(comment(0), "kept in my browser"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(saver.perform(mvc, get("/i/{token}", token)).getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/i/" + token + "/discard\"");

        // another browser, without the saver's secret: the draft is not theirs to see or discard
        CookieJar other = new CookieJar();
        assertThat(other.perform(mvc, get("/i/{token}/discard", token)).getStatus())
                .isEqualTo(409);
        MockHttpServletResponse refused = other.perform(mvc, confirmed(post("/i/{token}/discard", token)));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("This link is in use")
                .doesNotContain("kept in my browser");
        assertThat(linkResponses(token)).isEqualTo(1);

        MockHttpServletResponse page = saver.perform(mvc, get("/i/{token}/discard", token));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("1 answer and 1 comment saved so far")
                .contains("this link can be used again from the start, in any browser");
        MockHttpServletResponse discarded = saver.perform(mvc, confirmed(post("/i/{token}/discard", token)));
        assertThat(discarded.getRedirectedUrl()).isEqualTo("/i/" + token + "?discarded");
        assertThat(saver.perform(mvc, get(discarded.getRedirectedUrl())).getContentAsString(StandardCharsets.UTF_8))
                .contains("Your answers were discarded.")
                .doesNotContain("kept in my browser");
        assertThat(linkResponses(token)).isZero();

        // the link is fresh: any browser may now answer through it
        assertThat(other.perform(mvc, linkSave(token).param(choice(0), "3")).getRedirectedUrl())
                .isEqualTo("/i/" + token + "?saved");
    }

    @Test
    void aLinksSentAnswersAreNeverDiscarded() throws Exception {
        String token = oneLink();
        CookieJar browser = new CookieJar();
        MockHttpServletRequestBuilder submit = post("/i/{token}", token)
                .param("action", "submit")
                .param("lockVersion", "0")
                .with(csrf());
        all("4").forEach((question, value) -> submit.param("choices[" + question + "]", value));
        assertThat(browser.perform(mvc, submit).getStatus()).isEqualTo(302);

        MockHttpServletResponse refused = browser.perform(mvc, confirmed(post("/i/{token}/discard", token)));

        assertThat(refused.getStatus()).isEqualTo(410);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("You have already answered");
        assertThat(count(
                        "select count(*) from response r join invitation i on i.id = r.invitation_id"
                                + " where i.token = ? and r.status = 'SUBMITTED'",
                        token))
                .isEqualTo(1);
    }

    @Test
    void aLinkWithNothingSavedHasNothingToDiscard() throws Exception {
        String token = oneLink();

        mvc.perform(get("/i/{token}/discard", token)).andExpect(redirectedUrl("/i/" + token));
        mvc.perform(confirmed(post("/i/{token}/discard", token))).andExpect(redirectedUrl("/i/" + token));
    }

    private String oneLink() {
        Viewer managerViewer = new Viewer(manager, false);
        long round = rounds.start(manager, people.customerCare().id(), "serve", label, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, managerViewer, List.of("Dana"));
        return invitations.of(round, managerViewer).get(0).token();
    }

    private MockHttpServletRequestBuilder linkSave(String token) {
        return post("/i/{token}", token)
                .param("action", "save")
                .param("lockVersion", "0")
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder confirmed(MockHttpServletRequestBuilder request) {
        return request.param("confirm", "yes").with(csrf());
    }

    private long roundOf(long response) {
        return count("select round_id from response where id = ?", response);
    }

    private long linkResponses(String token) {
        return count(
                "select count(*) from response r join invitation i on i.id = r.invitation_id where i.token = ?", token);
    }

    private long count(String sql, Object argument) {
        return jdbc.queryForObject(sql, Long.class, argument);
    }

    private Map<String, String> all(String value) {
        Map<String, String> choices = new HashMap<>();
        questions.forEach(question -> choices.put(question.key(), value));
        return choices;
    }

    private String key(int question) {
        return questions.get(question).key();
    }

    private String choice(int question) {
        return "choices[" + key(question) + "]";
    }

    private String comment(int question) {
        return "comments[" + key(question) + "]";
    }
}
