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
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closing a round and revoking a link ask first, on a page that works without JavaScript and says what will happen; a
 * form posted without that page's confirmation acts on nothing, and only the round's managers get either page.
 */
@ScorecardIntegrationTest
class RoundConfirmationPagesTests {

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

    Viewer manager;
    long round;
    List<InvitationView> links;

    @BeforeEach
    void aTeamRoundWithThreeLinks() {
        manager = new Viewer(people.id("manager"), false);
        round = rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "serve",
                        "Confirm " + UUID.randomUUID().toString().substring(0, 8),
                        RoundMode.TEAM,
                        null)
                .roundId();
        invitations.invite(round, manager, List.of("Ana", "Ben", "Cleo"));
        links = invitations.of(round, manager);
    }

    @Test
    void closingAsksFirstSayingHowManyAnswersCountThatResultsAreFinalAndThatTooFewStayHidden() throws Exception {
        answer(0);
        answer(1);

        mvc.perform(get("/rounds/{id}/close", round).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Close this round?</h1>")))
                .andExpect(content().string(containsString("So far 2 answers count towards its results")))
                .andExpect(content().string(containsString("are recorded now, once, and are final")))
                .andExpect(content()
                        .string(containsString("fewer than the 3 needed to keep everyone anonymous,"
                                + " so its results will stay hidden for good")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content().string(containsString("href=\"/rounds/" + round + "\">Cancel: keep it open")));
    }

    @Test
    void closingWithEnoughAnswersSaysTheResultsWillShow() throws Exception {
        answer(0);
        answer(1);
        answer(2);

        mvc.perform(get("/rounds/{id}/close", round).with(people.as("manager")))
                .andExpect(content().string(containsString("So far 3 answers count towards its results")))
                .andExpect(content().string(containsString("so its results will show")))
                .andExpect(content().string(not(containsString("stay hidden"))));
    }

    @Test
    void aCloseFormPostedWithoutTheConfirmationShowsThePageAndClosesNothing() throws Exception {
        mvc.perform(post("/rounds/{id}/close", round).with(people.as("manager")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Close this round?")));
        mvc.perform(post("/rounds/{id}/close", round)
                        .param("confirm", "true")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(rounds.managedSummary(round, manager).open()).isTrue();
    }

    @Test
    void theConfirmedFormClosesTheRoundAndThePageIsNotOfferedAgain() throws Exception {
        mvc.perform(post("/rounds/{id}/close", round)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/" + round));

        assertThat(rounds.managedSummary(round, manager).open()).isFalse();
        mvc.perform(get("/rounds/{id}/close", round).with(people.as("manager")))
                .andExpect(redirectedUrl("/rounds/" + round));
    }

    @Test
    void onlyTheRoundsManagersAndAdminsMayAskToCloseItOrCloseIt() throws Exception {
        mvc.perform(get("/rounds/{id}/close", round).with(people.as("member"))).andExpect(status().isForbidden());
        mvc.perform(get("/rounds/{id}/close", round).with(people.as("manager2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/rounds/{id}/close", round)
                        .param("confirm", "yes")
                        .with(people.as("member"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rounds/{id}/close", round)
                        .param("confirm", "yes")
                        .with(people.as("manager2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/rounds/{id}/close", round).param("confirm", "yes").with(people.as("manager")))
                .andExpect(status().isForbidden()); // a replayed form without its CSRF token

        assertThat(rounds.managedSummary(round, manager).open()).isTrue();
        mvc.perform(get("/rounds/{id}/close", round).with(people.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void aSelfAssessmentHasNoClosePage() throws Exception {
        long self = rounds.start(
                        manager.accountId(), people.customerCare().id(), "serve", "Alone", RoundMode.SELF, null)
                .roundId();

        mvc.perform(get("/rounds/{id}/close", self).with(people.as("manager"))).andExpect(status().isNotFound());
        mvc.perform(post("/rounds/{id}/close", self)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void revokingALinkAsksFirstNamingWhoseLinkAndWhatHappensToIt() throws Exception {
        long ana = links.get(0).id();

        mvc.perform(get("/rounds/{id}/invitations/{inv}/revoke", round, ana).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Revoke the link of Ana?</h1>")))
                .andExpect(content().string(containsString("The link stops working at once.")))
                .andExpect(content().string(containsString("name=\"confirm\" value=\"yes\"")))
                .andExpect(content()
                        .string(containsString("href=\"/rounds/" + round + "#invitations\">Cancel: keep the link")));
        // the round's page offers the question, not the act
        mvc.perform(get("/rounds/{id}", round).with(people.as("manager")))
                .andExpect(content()
                        .string(containsString("href=\"/rounds/" + round + "/invitations/" + ana + "/revoke\"")))
                .andExpect(content().string(containsString("href=\"/rounds/" + round + "/close\"")));
    }

    @Test
    void aRevokeFormPostedWithoutTheConfirmationShowsThePageAndTheLinkKeepsWorking() throws Exception {
        mvc.perform(post(
                                "/rounds/{id}/invitations/{inv}/revoke",
                                round,
                                links.get(0).id())
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Revoke the link of Ana?")));

        mvc.perform(get("/i/{token}", links.get(0).token())).andExpect(status().isOk());
    }

    @Test
    void theConfirmedRevokeStopsTheLink() throws Exception {
        mvc.perform(post(
                                "/rounds/{id}/invitations/{inv}/revoke",
                                round,
                                links.get(0).id())
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/rounds/" + round + "#invitations"));

        mvc.perform(get("/i/{token}", links.get(0).token()))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link was withdrawn")));
        mvc.perform(get(
                                "/rounds/{id}/invitations/{inv}/revoke",
                                round,
                                links.get(0).id())
                        .with(people.as("manager")))
                .andExpect(redirectedUrl("/rounds/" + round + "#invitations"));
    }

    @Test
    void onlyTheRoundsManagersMayAskToRevokeALinkOrRevokeIt() throws Exception {
        long ana = links.get(0).id();
        mvc.perform(get("/rounds/{id}/invitations/{inv}/revoke", round, ana).with(people.as("member")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rounds/{id}/invitations/{inv}/revoke", round, ana).with(people.as("manager2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/rounds/{id}/invitations/{inv}/revoke", round, ana)
                        .param("confirm", "yes")
                        .with(people.as("manager2"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // an invitation of another round, through this round's address
        long other = rounds.start(
                        manager.accountId(), people.customerCare().id(), "serve", "Other", RoundMode.TEAM, null)
                .roundId();
        mvc.perform(get("/rounds/{id}/invitations/{inv}/revoke", other, ana).with(people.as("manager")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/i/{token}", links.get(0).token())).andExpect(status().isOk());
    }

    @Test
    void anAnsweredLinkHasNothingToRevoke() throws Exception {
        answer(1);

        mvc.perform(get(
                                "/rounds/{id}/invitations/{inv}/revoke",
                                round,
                                links.get(1).id())
                        .with(people.as("manager")))
                .andExpect(redirectedUrl("/rounds/" + round + "#invitations"));
    }

    private void answer(int person) {
        Map<String, String> all = new HashMap<>();
        questionBank.latestPublished("serve").questions().forEach(question -> all.put(question.key(), "4"));
        questionnaires.submit(
                new Respondent.WithInvitation(links.get(person).token(), "browser " + person),
                0,
                UUID.randomUUID().toString(),
                all,
                Map.of());
    }
}
