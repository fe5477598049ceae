package app.scorecard.comparison.web;

import static app.scorecard.comparison.web.ComparisonPagesTests.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.comparison.internal.ActionStatus;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.TrendChoice;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Action plans in the words of their questions, and a team's open actions across its rounds: two self-assessments of
 * one team, the first on version 1 of a small set, the second on version 2, where a question is worded differently.
 */
@ScorecardIntegrationTest
class ActionPagesTests {

    private static final String SET = """
            key: %s
            title: Actions check
            categories:
              - key: alpha
                name: Alpha care
                weight: 1
                questions:
                  - {key: a-one, kind: AGREEMENT, text: We answer within a day., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
              - key: beta
                name: Beta follow-up
                weight: 1
                questions:
                  - {key: b-one, kind: AGREEMENT, text: We call back when we promised., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
            """;

    private static Fixture fixture;

    record Fixture(String set, long team, long otherTeam, long first, long second, String manager) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    QuestionBankImport bankImport;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftQuestions questions;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    Rounds rounds;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ActionPlans actionPlans;

    @BeforeEach
    void oneTeamWithActionsOnTwoVersions() {
        if (fixture != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String set = "actions-" + suffix;
        bankImport.importNewPublishedSet(SET.formatted(set));
        String manager = "act-manager-" + suffix;
        long managerId = accounts.createDemoAccount(manager, "Ada Manager", manager, Set.of(Role.MANAGER))
                .id();
        long memberId = accounts.createDemoAccount("act-member-" + suffix, "Max Member", "m", Set.of(Role.MEMBER))
                .id();
        long otherId = accounts.createDemoAccount("act-other-" + suffix, "Oz Other", "o", Set.of(Role.MANAGER))
                .id();
        long team = teams.create("Actions " + suffix).id();
        teams.place(team, managerId, TeamRole.MANAGER);
        teams.place(team, memberId, TeamRole.MEMBER);
        long otherTeam = teams.create("Other actions " + suffix).id();
        teams.place(otherTeam, otherId, TeamRole.MANAGER);

        long first = selfAssessment(managerId, team, set, "First");
        editor.openDraft(set, "admin");
        questions.updateQuestion(
                set,
                editor.draft(set).lockVersion(),
                "b-one",
                new QuestionContent(
                        "We call back by the hour we named.",
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("E.", "N.")),
                TrendChoice.COMPARABLE,
                "admin");
        editor.publish(set, editor.draft(set).lockVersion(), "admin");
        long second = selfAssessment(managerId, team, set, "Second");

        Viewer viewer = new Viewer(managerId, false);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        actionPlans.record(first, viewer, "b-one", "Call-back log", "Ana", today.plusDays(10));
        actionPlans.record(first, viewer, "a-one", "Shared inbox", "Ben", today.minusDays(3));
        actionPlans.record(second, viewer, "b-one", "Hour on every ticket", "Cleo", null);
        actionPlans.record(second, viewer, "a-one", "Rota", "Dan", today.minusDays(30));
        long done = actionPlans
                .record(second, viewer, "a-one", "Already done", "Eve", today.minusDays(60))
                .id();
        actionPlans.move(second, done, ActionStatus.DONE, 0, viewer);
        fixture = new Fixture(set, team, otherTeam, first, second, manager);
    }

    @Test
    void aRoundsActionPlanShowsEachQuestionsTextAndCategoryFromTheRoundsVersion() throws Exception {
        String first = page("/rounds/" + fixture.first() + "/actions", fixture.manager(), status().isOk());
        String second = page("/rounds/" + fixture.second() + "/actions", fixture.manager(), status().isOk());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(rows(first, "<table id=\"action-list\">"))
                .containsExactly(
                        "Beta follow-up We call back when we promised. Call-back log Ana " + day(today.plusDays(10))
                                + " Status of Call-back log Planned In progress Done Update",
                        "Alpha care We answer within a day. Shared inbox Ben " + day(today.minusDays(3))
                                + " overdue Status of Shared inbox Planned In progress Done Update");
        assertThat(rows(second, "<table id=\"action-list\">"))
                .startsWith("Beta follow-up We call back by the hour we named. Hour on every ticket Cleo no due date"
                        + " Status of Hour on every ticket Planned In progress Done Update");
        assertThat(first).doesNotContain(">b-one<").doesNotContain(">a-one<");
    }

    @Test
    void theTeamsOpenActionsListEveryRoundsUndoneActionsSoonestDueFirst() throws Exception {
        String html = page("/teams/" + fixture.team() + "/actions", fixture.manager(), status().isOk());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // due 30 days ago, 3 days ago, in 10 days, then the one without a date; the done one is left out
        assertThat(rows(html, "<table id=\"open-actions\">"))
                .containsExactly(
                        day(today.minusDays(30))
                                + " overdue Rota Dan Alpha care We answer within a day. Second Planned",
                        day(today.minusDays(3)) + " overdue Shared inbox Ben Alpha care We answer within a day. First"
                                + " Planned",
                        day(today.plusDays(10))
                                + " Call-back log Ana Beta follow-up We call back when we promised. First" + " Planned",
                        "no due date Hour on every ticket Cleo Beta follow-up We call back by the hour we named."
                                + " Second Planned");
        assertThat(html).contains("4 open actions, soonest due first").doesNotContain("Already done");
        assertThat(html).contains("href=\"/rounds/" + fixture.first() + "/actions\"");
    }

    @Test
    void anAdminSeesATeamsOpenActions() throws Exception {
        assertThat(page("/teams/" + fixture.team() + "/actions", "admin", status().isOk()))
                .contains("Rota");
    }

    @Test
    void aMemberIsRefusedTheOpenActionsAsTheyAreEachRoundsActionPlan() throws Exception {
        String member = "act-member-" + fixture.manager().substring("act-manager-".length());

        page("/teams/" + fixture.team() + "/actions", member, status().isForbidden());
        page("/rounds/" + fixture.first() + "/actions", member, status().isNotFound());
    }

    @Test
    void anotherTeamsManagerIsToldTheTeamDoesNotExist() throws Exception {
        String other = "act-other-" + fixture.manager().substring("act-manager-".length());

        String body = page("/teams/" + fixture.team() + "/actions", other, status().isNotFound());

        assertThat(body).doesNotContain("Rota");
        assertThat(page("/teams/" + fixture.otherTeam() + "/actions", other, status().isOk()))
                .contains("No open actions");
    }

    private long selfAssessment(long manager, long team, String set, String label) {
        long draft = rounds.startSelfAssessment(manager, team, set, label);
        return questionnaires.submit(
                new Respondent.WithAccount(draft, manager),
                0,
                UUID.randomUUID().toString(),
                Map.of("a-one", "4", "b-one", "2"),
                Map.of());
    }

    private String page(String url, String username, ResultMatcher expected) throws Exception {
        return mvc.perform(get(url).with(people.as(username)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A date as the pages show it to a request that names no language: English, medium style ("Dec 3, 2026"). */
    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.ENGLISH)
                .format(date);
    }
}
