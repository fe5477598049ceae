package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.CookieJar;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A personal link that takes no answers any more says what happened to it — answered, withdrawn, closed, or unknown —
 * in plain words and with status 410, and nothing about anybody else.
 */
@ScorecardIntegrationTest
class LinkEndPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    QuestionBank questionBank;

    List<QuestionDefinition> questions;
    Viewer manager;
    String label;
    long round;
    List<InvitationView> links;

    @BeforeEach
    void aTeamRoundOfCustomerCareWithThreeLinks() {
        questions = questionBank.latestPublished("serve").questions();
        manager = new Viewer(people.id("manager"), false);
        label = "Ends " + UUID.randomUUID().toString().substring(0, 8);
        round = rounds.start(manager.accountId(), people.customerCare().id(), "serve", label, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana", "Ben", "Cleo"));
        links = invitations.of(round, manager);
    }

    @Test
    void aWithdrawnLinkSaysSoAndSendsItsHolderBackToWhoeverSentIt() throws Exception {
        invitations.revoke(round, links.get(0).id(), manager);

        MockHttpServletResponse page = open(new CookieJar(), 0);

        assertThat(page.getStatus()).isEqualTo(410);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>This link was withdrawn</h1>")
                .contains("Customer Care · " + label)
                .contains("The person who sent it to you withdrew it on ")
                .contains("No answers were sent through this link, so none were counted.")
                .contains("If you still want to answer, ask them for a new link.")
                .doesNotContain("This round has closed")
                .doesNotContain("Something went wrong")
                .doesNotContain("Ana")
                .doesNotContain("Ben");
    }

    @Test
    void aLinkOfARoundClosedByHandSaysTheRoundHasClosedAndWhen() throws Exception {
        rounds.close(round, manager);

        MockHttpServletResponse page = open(new CookieJar(), 1);

        assertThat(page.getStatus()).isEqualTo(410);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>This round has closed</h1>")
                .contains("It stopped taking answers on ")
                .contains("No answers were sent through this link, so none were counted.")
                .doesNotContain("you had saved")
                .doesNotContain("ask them for a new link");
    }

    @Test
    void onlyTheBrowserThatSavedADraftIsToldItsUnsentAnswersAreNotCounted() throws Exception {
        CookieJar ana = new CookieJar();
        assertThat(ana.perform(mvc, save(0).param(choice(0), "4")).getStatus()).isEqualTo(302);
        rounds.close(round, manager);

        assertThat(open(ana, 0).getContentAsString(StandardCharsets.UTF_8))
                .contains("The answers you had saved in this browser were never sent: they are not counted");
        assertThat(open(new CookieJar(), 0).getContentAsString(StandardCharsets.UTF_8))
                .contains("This round has closed")
                .doesNotContain("you had saved");
    }

    @Test
    void aUsedLinkThanksRightAfterAndLaterSaysItWasAnsweredWhenAndWhetherItCounts() throws Exception {
        CookieJar ben = new CookieJar();
        MockHttpServletResponse sent = ben.perform(mvc, all(link(1, "submit"), "4"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/i/" + token(1) + "?answered");

        MockHttpServletResponse thanks = ben.perform(mvc, get(sent.getRedirectedUrl()));
        assertThat(thanks.getStatus()).isEqualTo(200);
        assertThat(thanks.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>Thank you</h1>")
                .contains("Your answers are in.")
                .contains("your answers arrived on ");

        MockHttpServletResponse later = open(new CookieJar(), 1);
        assertThat(later.getStatus()).isEqualTo(410);
        assertThat(later.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>You have already answered</h1>")
                .contains("They will count in the team&#39;s results once the round closes")
                .doesNotContain("Your answers are in.");

        // answered first: withdrawing the link later or closing the round does not change what happened
        invitations.revoke(round, links.get(1).id(), manager);
        rounds.close(round, manager);
        assertThat(open(new CookieJar(), 1).getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>You have already answered</h1>")
                .contains("The round has closed, and your answers are counted in its results")
                .doesNotContain("withdrawn");
    }

    @Test
    void aUsedLinkOfATeamThatLeavesOutManagerHeldLinksSaysItsAnswersDoNotCount() throws Exception {
        Viewer manager2 = new Viewer(people.id("manager2"), false);
        long fieldRound = rounds.start(
                        manager2.accountId(), people.fieldService().id(), "serve", label, RoundMode.TEAM, null)
                .roundId();
        invitations.invite(fieldRound, manager2, List.of("Dee"));
        String token = invitations.of(fieldRound, manager2).get(0).token();
        CookieJar dee = new CookieJar();
        dee.perform(
                mvc,
                all(post("/i/{token}", token).param("action", "submit").param("lockVersion", "0"), "3")
                        .with(csrf()));

        assertThat(dee.perform(mvc, get("/i/{token}", token)).getContentAsString(StandardCharsets.UTF_8))
                .contains("You have already answered")
                .contains("This team&#39;s results leave out answers given through links its manager hands out");
    }

    @Test
    void aWithdrawnLinkOfARoundClosedSinceDoesNotAskForANewLink() throws Exception {
        invitations.revoke(round, links.get(2).id(), manager);
        rounds.close(round, manager);

        assertThat(open(new CookieJar(), 2).getContentAsString(StandardCharsets.UTF_8))
                .contains("This link was withdrawn")
                .contains("The round has closed since, so it takes no more answers.")
                .doesNotContain("ask them for a new link");
    }

    @Test
    void anUnknownLinkSaysItDoesNotWorkWithoutNamingAnyRound() throws Exception {
        MockHttpServletResponse page = new CookieJar().perform(mvc, get("/i/{token}", "not-a-real-token"));

        assertThat(page.getStatus()).isEqualTo(410);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("<h1>This link does not work</h1>")
                .contains("Check that you have the whole link")
                .doesNotContain("Customer Care");
    }

    @Test
    void theBackgroundSaveOfAWithdrawnLinkStillAnswersMachineReadable410() throws Exception {
        invitations.revoke(round, links.get(0).id(), manager);

        MockHttpServletResponse autosave = new CookieJar().perform(mvc, link(0, "autosave"));

        assertThat(autosave.getStatus()).isEqualTo(410);
        assertThat(autosave.getContentType()).startsWith("application/json");
        assertThat(autosave.getContentAsString()).isEqualTo("{\"problem\":\"gone\"}");
    }

    @Test
    void aSaveThroughALinkWithdrawnWhileItsPageWasOpenSaysWhyAndHandsBackTheAnswers() throws Exception {
        CookieJar ana = new CookieJar();
        assertThat(open(ana, 0).getStatus()).isEqualTo(200);
        invitations.revoke(round, links.get(0).id(), manager);

        MockHttpServletResponse refused = ana.perform(
                mvc,
                save(0).param(
                                "versionId",
                                Long.toString(
                                        questionBank.latestPublished("serve").versionId()))
                        .param(choice(0), "5")
                        .param(comment(0), "typed before I knew"));

        assertThat(refused.getStatus()).isEqualTo(410);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("This link was withdrawn by the person who sent it, so nothing was saved.")
                .contains("typed before I knew");
    }

    private MockHttpServletResponse open(CookieJar browser, int person) throws Exception {
        return browser.perform(mvc, get("/i/{token}", token(person)));
    }

    private MockHttpServletRequestBuilder save(int person) {
        return link(person, "save");
    }

    private MockHttpServletRequestBuilder link(int person, String action) {
        return post("/i/{token}", token(person))
                .param("action", action)
                .param("lockVersion", "0")
                .with(csrf());
    }

    private MockHttpServletRequestBuilder all(MockHttpServletRequestBuilder request, String value) {
        questions.forEach(question -> request.param("choices[" + question.key() + "]", value));
        return request;
    }

    private String token(int person) {
        return links.get(person).token();
    }

    private String choice(int question) {
        return "choices[" + questions.get(question).key() + "]";
    }

    private String comment(int question) {
        return "comments[" + questions.get(question).key() + "]";
    }
}
