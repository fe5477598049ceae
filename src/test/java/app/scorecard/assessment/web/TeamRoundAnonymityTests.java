package app.scorecard.assessment.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The anonymity rules where they are easiest to get wrong: co-managers, thin questions, late answers, leavers. */
@ScorecardIntegrationTest
class TeamRoundAnonymityTests {

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
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    long team;
    long manager;
    String coManager;
    long coManagerId;
    long roundId;
    List<QuestionDefinition> questions;

    @BeforeEach
    void aTeamRoundWithACoManager() {
        team = people.customerCare().id();
        manager = people.id("manager");
        coManager = "co-" + UUID.randomUUID().toString().substring(0, 8);
        coManagerId = accounts.createDemoAccount(coManager, "Cora Co-manager", coManager, Set.of(Role.MANAGER))
                .id();
        teams.place(team, coManagerId, TeamRole.MANAGER);
        roundId = rounds.start(manager, team, "serve", "Anonymity " + coManager, RoundMode.TEAM, null)
                .roundId();
        questions = questionBank.latestPublished("serve").questions();
    }

    @AfterEach
    void coManagerLeaves() {
        teams.remove(team, coManagerId);
    }

    @Test
    void leavesEveryManagerOutOfTheAggregateAndShowsEachManagerOnlyTheirOwnView() throws Exception {
        answerAsAccount(coManagerId, "1", Map.of());
        answerThroughLinks(List.of("5", "2", "3"), Map.of());
        rounds.close(roundId, new Viewer(manager, false));

        // The co-manager's 1s are left out: the team is 5, 2, 3 → 58.3. The co-manager sees their own 0.0 beside it;
        // the round's creator answered nothing, so sees no view of their own — and never the co-manager's.
        mvc.perform(get("/rounds/{id}", roundId).with(people.as(coManager)))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">58.3</strong>")))
                .andExpect(content().string(containsString("Based on the answers of 3 people")))
                .andExpect(content().string(containsString("<td class=\"number\">-58.3</td>")));
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">58.3</strong>")))
                .andExpect(content().string(not(containsString("Your view beside your team"))));
        mvc.perform(get("/rounds/{id}", roundId).with(people.as("admin")))
                .andExpect(content().string(not(containsString("Your view beside your team"))));
    }

    @Test
    void hidesAQuestionFewerThanTheMinimumAnswered() throws Exception {
        // Two of the three said N/A to the first question: its one answer would be someone's own.
        answerThroughLinks(
                List.of("5", "2", "3"),
                Map.of(1, questions.get(0).key(), 2, questions.get(0).key()));
        rounds.close(roundId, new Viewer(manager, false));

        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(content().string(containsString("fewer than 3 answered")))
                .andExpect(content().string(containsString("<strong id=\"overall-score\">58.3</strong>")));
    }

    @Test
    void countsNoAnswerThatArrivedAfterTheRoundClosed() throws Exception {
        answerThroughLinks(List.of("5", "2", "3"), Map.of());
        // A submit that raced with closing and committed just after it, yet before the result was recorded:
        jdbc.update(
                "update response set submitted_at = ? where id = (select max(id) from response where round_id = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)),
                roundId);
        rounds.close(roundId, new Viewer(manager, false));

        mvc.perform(get("/rounds/{id}", roundId).with(people.as("manager")))
                .andExpect(content().string(containsString("fewer than the 3 needed")))
                .andExpect(content().string(not(containsString("id=\"overall-score\""))));
    }

    @Test
    void refusesAnswersFromSomeoneWhoLeftTheTeam() throws Exception {
        long draft = rounds.respond(roundId, new Viewer(coManagerId, false));
        teams.remove(team, coManagerId);

        mvc.perform(post("/responses/{id}", draft)
                        .param("action", "save")
                        .param("lockVersion", "0")
                        .with(people.as(coManager))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private void answerAsAccount(long accountId, String value, Map<String, String> comments) {
        long response = rounds.respond(roundId, new Viewer(accountId, false));
        questionnaires.submit(
                new Respondent.WithAccount(response, accountId),
                0,
                UUID.randomUUID().toString(),
                all(value, null),
                comments);
    }

    /** One invited person per value; {@code notApplicable} maps a person's index to a question they skip. */
    private void answerThroughLinks(List<String> values, Map<Integer, String> notApplicable) {
        Viewer viewer = new Viewer(manager, false);
        invitations.invite(
                roundId, viewer, values.stream().map(value -> "Person " + value).toList());
        List<InvitationView> links = invitations.of(roundId, viewer);
        for (int person = 0; person < values.size(); person++) {
            questionnaires.submit(
                    new Respondent.WithInvitation(links.get(person).token(), "browser " + person),
                    0,
                    UUID.randomUUID().toString(),
                    all(values.get(person), notApplicable.get(person)),
                    Map.of());
        }
    }

    private Map<String, String> all(String value, String skipped) {
        Map<String, String> choices = new HashMap<>();
        questions.forEach(question -> choices.put(question.key(), question.key().equals(skipped) ? "na" : value));
        return choices;
    }
}
