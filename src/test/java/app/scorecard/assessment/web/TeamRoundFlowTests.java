package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.support.CookieJar;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A team round from start to results, through its pages, with the anonymity rules watched at every step. */
@ScorecardIntegrationTest
class TeamRoundFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Invitations invitations;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    JdbcTemplate jdbc;

    List<QuestionDefinition> questions;
    long roundId;
    List<InvitationView> links;

    @BeforeEach
    void aTeamRoundWithThreeInvitations() throws Exception {
        questions = questionBank.latestPublished("serve").questions();
        String location = mvc.perform(
                        post("/teams/{id}/rounds", people.customerCare().id())
                                .param("questionSet", "serve")
                                .param("label", "Flow " + UUID.randomUUID())
                                .param("mode", "TEAM")
                                .with(people.as("manager"))
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        roundId = Long.parseLong(location.substring("/rounds/".length()));
        mvc.perform(post("/rounds/{id}/invitations", roundId)
                        .param("names", "Ana\nBen\r\n\nCleo")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isFound());
        links = invitations.of(roundId, new Viewer(people.id("manager"), false));
        assertThat(links).extracting(InvitationView::name).containsExactly("Ana", "Ben", "Cleo");
    }

    @Test
    void showsTheTeamsResultsOnlyOnceClosedWithEnoughAnswersAndTheManagersViewOnlyToManagers() throws Exception {
        // Ana answers through her link in two sittings, in her browser: a draft first, then the rest.
        CookieJar ana = new CookieJar();
        assertThat(ana.perform(mvc, get("/i/{token}", token(0))).getStatus()).isEqualTo(200);
        assertThat(ana.perform(mvc, link(0, "save", 0, new MockHttpSession()).param(choice(0), "5"))
                        .getRedirectedUrl())
                .isEqualTo("/i/" + token(0) + "?saved");
        assertThat(ana.perform(mvc, get("/i/{token}", token(0))).getContentAsString())
                .contains("1 of 20 answered");
        assertThat(ana.perform(mvc, all(link(0, "submit", 1, new MockHttpSession()), "5"))
                        .getRedirectedUrl())
                .isEqualTo("/i/" + token(0) + "?answered");
        assertThat(ana.perform(mvc, get("/i/{token}?answered", token(0))).getContentAsString())
                .contains("Your answers are in");

        // The member answers from their account, Ben through his link.
        String memberResponse = mvc.perform(post("/rounds/{id}/responses", roundId)
                        .with(people.as("member"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(all(
                        post(memberResponse)
                                .param("action", "submit")
                                .param("lockVersion", "0")
                                .with(people.as("member"))
                                .with(csrf()),
                        "2"))
                .andExpect(redirectedUrl("/rounds/" + roundId));
        MockHttpSession ben = new MockHttpSession();
        mvc.perform(get("/i/{token}", token(1)).session(ben));
        mvc.perform(all(link(1, "submit", 0, ben), "3")).andExpect(status().isFound());

        // The manager answers too.
        String managerResponse = mvc.perform(post("/rounds/{id}/responses", roundId)
                        .with(people.as("manager"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(all(
                        post(managerResponse)
                                .param("action", "submit")
                                .param("lockVersion", "0")
                                .with(people.as("manager"))
                                .with(csrf()),
                        "4"))
                .andExpect(status().isFound());

        // Open: three members have answered, yet nothing is shown.
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Results appear when the round closes")))
                .andExpect(content().string(not(containsString("id=\"overall-score\""))));

        mvc.perform(post("/rounds/{id}/close", roundId)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/" + roundId));

        // Every item: mean of 5, 2 and 3 = 10/3 → (10/3 − 1) × 25 = 58.333… → 58.3; every category and the
        // overall score too, "Inconsistent". The manager answered 4 everywhere: 75.0, a gap of 16.7.
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">58.3</strong>")))
                .andExpect(content().string(containsString("<strong id=\"band\">Inconsistent</strong>")))
                .andExpect(content().string(containsString("Based on the answers of 3 people")))
                .andExpect(content().string(containsString("Your view beside your team")))
                .andExpect(content().string(containsString("<td class=\"number\">16.7</td>")))
                .andExpect(content()
                        .string(containsString("you rate this higher than your team does (75.0 against 58.3)")))
                .andExpect(content()
                        .string(containsString("58.3 — Inconsistent (40 to under 60); next band up: Striving for"
                                + " excellence, from 60.")))
                // the gap chart: 16.7 fits ±25, 6 units a point: a bar 100.2 long to the right of zero (208)
                .andExpect(content().string(containsString("class=\"gap-bar gap-higher\" x=\"208.0\"")))
                .andExpect(content().string(containsString("width=\"100.2\"")))
                .andExpect(content().string(containsString(">+16.7</text>")));
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("member")))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">58.3</strong>")))
                .andExpect(content().string(not(containsString("Your view beside your team"))))
                .andExpect(content().string(not(containsString("gap-chart"))))
                .andExpect(content().string(not(containsString("Invitations"))));
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", roundId).with(httpBasic("member", "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").value("SHOWN"))
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.scorecard.overall").value(58.3))
                .andExpect(jsonPath("$.distribution[0].counts[1]").value(1))
                .andExpect(jsonPath("$.perceptionGap").doesNotExist());

        // Closed: Cleo's unused link no longer works.
        mvc.perform(get("/i/{token}", token(2))).andExpect(status().isGone());
    }

    @Test
    void keepsAClosedRoundWithTooFewAnswersHiddenForGood() throws Exception {
        for (int person = 0; person < 2; person++) {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(get("/i/{token}", token(person)).session(session));
            mvc.perform(all(link(person, "submit", 0, session), "5")).andExpect(status().isFound());
        }
        mvc.perform(post("/rounds/{id}/close", roundId)
                .param("confirm", "yes")
                .with(people.as("manager"))
                .with(csrf()));

        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(content().string(containsString("fewer than the 3 needed")))
                .andExpect(content().string(not(containsString("id=\"overall-score\""))));
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", roundId).with(httpBasic("manager", "manager")))
                .andExpect(jsonPath("$.results").value("TOO_FEW"))
                .andExpect(jsonPath("$.scorecard").doesNotExist())
                .andExpect(jsonPath("$.distribution").doesNotExist())
                .andExpect(jsonPath("$.comments").doesNotExist());
    }

    @Test
    void storesOneResponseWhenTheSameSubmitArrivesTwice() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String submissionId = UUID.randomUUID().toString();

        mvc.perform(all(link(0, "submit", 0, session).param("submissionId", submissionId), "4"))
                .andExpect(redirectedUrl("/i/" + token(0) + "?answered"));
        // the same form again — a double click, a refresh — but with other answers: nothing changes
        mvc.perform(all(link(0, "submit", 0, session).param("submissionId", submissionId), "1"))
                .andExpect(redirectedUrl("/i/" + token(0) + "?answered"));

        assertThat(jdbc.queryForObject(
                        "select count(*) from response r join invitation i on r.invitation_id = i.id where i.token = ?",
                        Long.class,
                        token(0)))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select distinct a.answer_value from response_answer a join response r on a.response_id = r.id"
                                + " where r.submission_id = ?",
                        Integer.class,
                        submissionId))
                .containsExactly(4);
    }

    @Test
    void storesOneResponseWhenTwoFirstSubmitsOfALinkArriveAtOnce() throws Exception {
        // two tabs, no draft saved: both are inserted already submitted; the unique invitation lets one in, and the
        // other is told it is done — the same redirect, nothing stored twice, no error
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String value : List.of("2", "5")) {
                answers.add(twoTabs.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return mvc.perform(all(link(2, "submit", 0, new MockHttpSession()), value))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(302);
            }
        } finally {
            twoTabs.shutdownNow();
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from response r join invitation i on r.invitation_id = i.id"
                                + " where i.token = ? and r.status = 'SUBMITTED'",
                        Long.class,
                        token(2)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(distinct a.answer_value) from response_answer a join response r"
                                + " on a.response_id = r.id join invitation i on r.invitation_id = i.id where i.token = ?",
                        Long.class,
                        token(2)))
                .isEqualTo(1);
    }

    @Test
    void twoBrowsersSavingALinkFirstAtOnceLeaveOneDraftAndHandTheOtherItsAnswersBack() throws Exception {
        long version = questionBank.latestPublished("serve").versionId();
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService twoBrowsers = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
            for (String value : List.of("2", "5")) {
                saves.add(twoBrowsers.submit(() -> {
                    CookieJar browser = new CookieJar();
                    ready.countDown();
                    ready.await();
                    return browser.perform(
                            mvc,
                            link(2, "save", 0, new MockHttpSession())
                                    .param("versionId", Long.toString(version)) // as the page sends it
                                    .param(choice(0), value)
                                    .param(comment(0), "typed in browser " + value));
                }));
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> save : saves) {
                answers.add(save.get(30, TimeUnit.SECONDS));
            }
            // one is saved; the other is told the link is in use, with what it typed handed back
            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
            MockHttpServletResponse refused = answers.stream()
                    .filter(answer -> answer.getStatus() == 409)
                    .findFirst()
                    .orElseThrow();
            assertThat(refused.getContentAsString())
                    .contains("This link is in use")
                    .contains("typed in browser");
        } finally {
            twoBrowsers.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from response r join invitation i on i.id = r.invitation_id where i.token = ?",
                        Long.class,
                        token(2)))
                .isEqualTo(1);
    }

    @Test
    void stopsARevokedLinkButKeepsTheRest() throws Exception {
        mvc.perform(post(
                                "/rounds/{id}/invitations/{inv}/revoke",
                                roundId,
                                links.get(1).id())
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/i/{token}", token(1))).andExpect(status().isGone());
        mvc.perform(get("/i/{token}", token(0))).andExpect(status().isOk());
        mvc.perform(get("/i/{token}", "not-a-real-token")).andExpect(status().isGone());
    }

    @Test
    void refusesAnswersOnceClosedAndHandsBackWhatWasTyped() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String member = mvc.perform(post("/rounds/{id}/responses", roundId)
                        .with(people.as("member"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/rounds/{id}/close", roundId)
                .param("confirm", "yes")
                .with(people.as("manager"))
                .with(csrf()));

        mvc.perform(post(member)
                        .param("action", "save")
                        .param("lockVersion", "0")
                        .param(choice(0), "4")
                        .param(comment(0), "typed after closing")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This round is closed")))
                .andExpect(content().string(containsString("typed after closing")));
        mvc.perform(post("/rounds/{id}/responses", roundId)
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(redirectedUrl(member)); // their own draft stays reachable, read-only in effect
        mvc.perform(get("/i/{token}", token(0)).session(session)).andExpect(status().isGone());
    }

    @Test
    void letsOnlyTheRoundsManagersRunIt() throws Exception {
        mvc.perform(post("/rounds/{id}/close", roundId)
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rounds/{id}/invitations", roundId)
                        .param("names", "Mallory")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rounds/{id}/invitations.csv", roundId).with(people.as("member")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(get("/rounds/{id}/invitations.csv", roundId).with(people.as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void writesTheLinksAsAFormulaSafeCsv() throws Exception {
        mvc.perform(post("/rounds/{id}/invitations", roundId)
                        .param("names", "=HYPERLINK(\"http://evil\")")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isFound());

        String csv = mvc.perform(get("/rounds/{id}/invitations.csv", roundId).with(people.as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFname,link,status,email\r\n");
        assertThat(csv).contains("Ana,http://localhost/i/" + token(0) + ",not_yet,\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",http://localhost/i/");
    }

    private String token(int person) {
        return links.get(person).token();
    }

    @Test
    void aSaveSentAgainAfterItsFirstTryWasStoredIsAnsweredAsStoredAndAnyOtherOldOneAsStale() throws Exception {
        CookieJar browser = new CookieJar();
        MockHttpServletRequestBuilder save =
                link(1, "save", 0, new MockHttpSession()).param(choice(0), "5").param(comment(0), "first try");
        assertThat(browser.perform(mvc, save).getRedirectedUrl()).isEqualTo("/i/" + token(1) + "?saved");

        // its answer was lost (an outage): the browser sends the very same form again, with the version it had
        MockHttpServletRequestBuilder again =
                link(1, "save", 0, new MockHttpSession()).param(choice(0), "5").param(comment(0), "first try");
        assertThat(browser.perform(mvc, again).getRedirectedUrl()).isEqualTo("/i/" + token(1) + "?saved");

        // other answers on the old version: another tab saved meanwhile — stale, and what was typed comes back
        MockHttpServletRequestBuilder other = link(1, "save", 0, new MockHttpSession())
                .param(choice(0), "2")
                .param(comment(0), "typed in an old tab");
        MockHttpServletResponse stale = browser.perform(mvc, other);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("typed in an old tab");
        assertThat(jdbc.queryForObject(
                        "select a.comment from response_answer a join response r on r.id = a.response_id"
                                + " join invitation i on i.id = r.invitation_id where i.token = ?",
                        String.class,
                        token(1)))
                .isEqualTo("first try");
    }

    @Test
    void aLinkRespondentSavesAndSubmitsWithoutASession() throws Exception {
        // nothing to write to a session store per respondent, nothing to lose with it when the database is away
        // … only a cookie of the browser's own, which makes the draft theirs
        CookieJar browser = new CookieJar();
        var save = mvc.perform(post("/i/{token}", token(2))
                        .param("action", "save")
                        .param("lockVersion", "0")
                        .param(choice(0), "4")
                        .with(csrf()))
                .andExpect(redirectedUrl("/i/" + token(2) + "?saved"))
                .andReturn();
        browser.cookies()
                .put(
                        "scorecard-respondent",
                        save.getResponse().getCookie("scorecard-respondent").getValue());
        assertThat(browser.perform(mvc, get("/i/{token}?saved", token(2))).getContentAsString())
                .contains("Your answers are saved.");

        assertThat(save.getRequest().getSession(false)).isNull();
    }

    private MockHttpServletRequestBuilder link(int person, String action, long lockVersion, MockHttpSession session) {
        return post("/i/{token}", token(person))
                .param("action", action)
                .param("lockVersion", Long.toString(lockVersion))
                .session(session)
                .with(csrf());
    }

    private MockHttpServletRequestBuilder all(MockHttpServletRequestBuilder request, String value) {
        questions.forEach(question -> request.param("choices[" + question.key() + "]", value));
        return request;
    }

    private String choice(int question) {
        return "choices[" + questions.get(question).key() + "]";
    }

    private String comment(int question) {
        return "comments[" + questions.get(question).key() + "]";
    }
}
