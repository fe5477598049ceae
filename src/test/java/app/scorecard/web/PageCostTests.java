package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.internal.DraftCategories;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.NewSchedule;
import app.scorecard.recurring.internal.RoundSchedules;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.Quarter;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.RecordedTeamRounds;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.support.StatementCounter;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.web.layout.DisplayDates;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the pages cost the database: a handful of statements each, the same for 21 questions as for 5 — never one per
 * question, answer or team. (Counts, not timings: they do not flake.)
 */
@ScorecardIntegrationTest
class PageCostTests {

    private static final int HANDFUL = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    Invitations invitations;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    RoundHistory history;

    @Autowired
    StatementCounter statements;

    @Autowired
    DataSource dataSource;

    @Autowired
    QuestionBankDocuments documents;

    @Autowired
    ActionPlans actionPlans;

    @Autowired
    RoundSchedules schedules;

    @Autowired
    QuestionBankEditor editor;

    @Autowired
    DraftCategories categories;

    @Autowired
    DraftQuestions draftQuestions;

    @Autowired
    TeamService teams;

    @Autowired
    RoundRepository roundRepository;

    @Autowired
    RoundResultRepository results;

    @Autowired
    DisplayDates dates;

    @Autowired
    Clock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    long responseId;
    List<QuestionDefinition> questions;

    @BeforeEach
    void aDraftOfTwentyOneQuestions() {
        responseId = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "promote-excellence", "Cost test");
        questions = questionBank.latestPublished("promote-excellence").questions();
    }

    @Test
    void theQuestionnaireCostsAHandfulOfStatements() throws Exception {
        long page = statementsFor(get("/responses/{id}", responseId), status().isOk());
        long save = statementsFor(fullForm("save", 0), status().isFound());
        long pageWithAnswers = statementsFor(get("/responses/{id}", responseId), status().isOk());
        long submit = statementsFor(fullForm("submit", 1), status().isFound());
        System.out.printf(
                "Statements: page %d, save %d, page with answers %d, submit %d%n", page, save, pageWithAnswers, submit);

        // the response with its round and answers; the questions and the team's name come from memory
        assertThat(page).isEqualTo(1);
        assertThat(pageWithAnswers).isEqualTo(1);
        // writing 21 answers is 21 inserts, batched into one round trip per statement shape
        assertThat(save).isLessThanOrEqualTo(HANDFUL);
        // submitting a self-assessment also finishes it: the response's scores, the round's closing and its results
        // are written too — six batched writes, however many questions
        assertThat(submit).isLessThanOrEqualTo(HANDFUL + 6);
    }

    @Test
    void theScorecardAndTheHomePageCostAHandfulOfStatements() throws Exception {
        String scorecard = mvc.perform(fullForm("submit", 0).with(people.as("manager")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        long scorecardPage = statementsFor(get(scorecard), status().isOk());
        long home = statementsFor(get("/"), status().isOk());
        System.out.printf("Statements: scorecard %d, home %d%n", scorecardPage, home);

        assertThat(scorecardPage).isLessThanOrEqualTo(HANDFUL);
        assertThat(home).isLessThanOrEqualTo(HANDFUL);
    }

    @Test
    void aScorecardWithMustHavesAndTargetsCostsWhatOneWithoutDoes() throws Exception {
        // twenty must-haves, and every question answered twice: today 4, in a year 5
        long withTargets = rounds.start(
                        people.id("manager"),
                        people.customerCare().id(),
                        "outstanding-service-foundations",
                        "Cost test with targets",
                        RoundMode.SELF,
                        null,
                        true)
                .responseId();
        MockHttpServletRequestBuilder submit = post("/responses/{id}", withTargets)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questionBank
                .latestPublished("outstanding-service-foundations")
                .questions()
                .forEach(question -> submit.param("choices[" + question.key() + "]", "4")
                        .param("targets[" + question.key() + "]", "5"));
        String scorecard = mvc.perform(submit.with(people.as("manager")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        long page = statementsFor(get(scorecard), status().isOk());
        long json = statementsFor(get("/api/v1" + scorecard + "/scorecard"), status().isOk());
        byte[] body = mvc.perform(get(scorecard).with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        System.out.printf(
                "Statements: scorecard with must-haves and targets %d, its JSON %d; HTML %d bytes%n",
                page, json, body.length);

        assertThat(page).isLessThanOrEqualTo(HANDFUL);
        assertThat(json).isLessThanOrEqualTo(HANDFUL);
    }

    @Test
    void historyComparisonHeatmapAndExportsCostAHandfulHoweverManyRoundsTheyShow() throws Exception {
        long team = people.customerCare().id();
        // the team rounds on one set: a comparison never puts a self-assessment (other tests add some) beside them
        List<FinishedRound> finished = history.ofTeam(team, new Viewer(people.id("manager"), false)).stream()
                .filter(round ->
                        round.mode() == RoundMode.TEAM && round.setKey().equals("serve"))
                .toList();
        assertThat(finished).hasSizeGreaterThanOrEqualTo(5); // a year of demo history and last quarter's round
        long newest = finished.get(0).roundId();
        long oldest = finished.get(finished.size() - 1).roundId();

        long historyPage = statementsFor(get("/teams/{id}/history", team), status().isOk());
        long compare = statementsFor(
                get("/teams/{id}/compare", team)
                        .param("a", Long.toString(oldest))
                        .param("b", Long.toString(newest)),
                status().isOk());
        long heatmap = statementsFor(get("/heatmap").param("set", "serve"), status().isOk());
        long historyCsv = statementsFor(get("/teams/{id}/history.csv", team), status().isOk());
        long resultsCsv = statementsFor(get("/rounds/{id}/results.csv", newest), status().isOk());
        System.out.printf(
                "Statements: history %d, compare %d, heatmap %d, history.csv %d, results.csv %d%n",
                historyPage, compare, heatmap, historyCsv, resultsCsv);

        assertThat(historyPage).isLessThanOrEqualTo(HANDFUL);
        assertThat(compare).isLessThanOrEqualTo(HANDFUL);
        assertThat(heatmap).isLessThanOrEqualTo(HANDFUL);
        assertThat(historyCsv).isLessThanOrEqualTo(HANDFUL);
        assertThat(resultsCsv).isLessThanOrEqualTo(HANDFUL);
    }

    @Test
    void recurringRoundsAndTheWebhookSettingsCostAHandfulHoweverManyTheyList() throws Exception {
        long team = people.customerCare().id();
        Viewer manager = new Viewer(people.id("manager"), false);
        for (Frequency frequency : Frequency.values()) {
            for (String set : List.of("serve", "promote-excellence", "customer-relationships")) {
                schedules.create(team, manager, new NewSchedule(set, frequency, null, 14, false, ""));
            }
        }

        long teamPage = statementsFor(get("/teams/{id}/schedules", team), status().isOk());
        long form = statementsFor(get("/teams/{id}/schedules/new", team), status().isOk());
        long adminPage = statementsFor(get("/admin/schedules"), status().isOk(), "admin");
        long webhookPage = statementsFor(get("/admin/webhook"), status().isOk(), "admin");
        System.out.printf(
                "Statements: schedules %d, new schedule %d, all schedules %d, webhook %d%n",
                teamPage, form, adminPage, webhookPage);

        assertThat(teamPage).isLessThanOrEqualTo(HANDFUL);
        assertThat(form).isLessThanOrEqualTo(HANDFUL);
        assertThat(adminPage).isLessThanOrEqualTo(HANDFUL);
        assertThat(webhookPage).isLessThanOrEqualTo(HANDFUL);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .update("delete from round_schedule where team_id = ?", team);
    }

    @Test
    void aClosedTeamRoundReadsItsRecordedResultInAHandfulOfStatements() throws Exception {
        // the demo's last closed round of Customer Care: the manager answered, three people through links
        FinishedRound closed =
                history.ofTeam(people.customerCare().id(), new Viewer(people.id("manager"), false)).stream()
                        .filter(round -> round.mode() == RoundMode.TEAM)
                        .findFirst()
                        .orElseThrow();

        long page = statementsFor(get("/rounds/{id}", closed.roundId()), status().isOk());
        long json = statementsFor(get("/api/v1/rounds/{id}/scorecard", closed.roundId()), status().isOk());
        long roundsJson = statementsFor(
                get("/api/v1/teams/{id}/rounds", people.customerCare().id()), status().isOk());
        System.out.printf(
                "Statements: closed team round %d, its JSON %d, the team's rounds %d%n", page, json, roundsJson);

        // the round and its team (access), the result, its scores, the responses it counted, its highlights and its
        // comments (one each, however many questions), the manager's own response and its scores (for their view
        // beside the team's), the invitations: ten, whatever the number of questions or answers. (This test read the
        // team's newest round before, which other tests can make a self-assessment: cheaper, and not this page.)
        assertThat(page).isLessThanOrEqualTo(HANDFUL + 3);
        assertThat(json).isLessThanOrEqualTo(HANDFUL + 3);
        assertThat(roundsJson).isLessThanOrEqualTo(HANDFUL);
    }

    @Test
    void aPdfReportCostsWhatItsPageCosts() throws Exception {
        long team = people.customerCare().id();
        Viewer manager = new Viewer(people.id("manager"), false);
        List<RoundSummary> demo = rounds.ofTeam(team, manager);
        long selfAssessment = labelled(demo, "2026 Q4 foundations");
        long closedTeamRound = labelled(demo, "2026 Q3");
        List<FinishedRound> serve = history.ofTeam(team, manager).stream()
                .filter(round ->
                        round.mode() == RoundMode.TEAM && round.setKey().equals("serve"))
                .toList();
        String a = Long.toString(serve.get(serve.size() - 1).roundId());
        String b = Long.toString(serve.get(0).roundId());

        long scorecardPage = statementsFor(get("/rounds/{id}", selfAssessment), status().isOk());
        long scorecardPdf = statementsFor(get("/rounds/{id}/report.pdf", selfAssessment), status().isOk());
        long roundPage = statementsFor(get("/rounds/{id}", closedTeamRound), status().isOk());
        long roundPdf = statementsFor(get("/rounds/{id}/report.pdf", closedTeamRound), status().isOk());
        long comparePage =
                statementsFor(get("/teams/{id}/compare", team).param("a", a).param("b", b), status().isOk());
        long comparePdf =
                statementsFor(get("/teams/{id}/compare.pdf", team).param("a", a).param("b", b), status().isOk());
        System.out.printf(
                "Statements: scorecard %d, its PDF %d; team round %d, its PDF %d; comparison %d, its PDF %d%n",
                scorecardPage, scorecardPdf, roundPage, roundPdf, comparePage, comparePdf);

        // each PDF reads what its page reads, once, and renders from memory
        assertThat(scorecardPdf).isEqualTo(scorecardPage).isLessThanOrEqualTo(HANDFUL);
        assertThat(roundPdf).isEqualTo(roundPage).isLessThanOrEqualTo(HANDFUL + 3);
        assertThat(comparePdf).isEqualTo(comparePage).isLessThanOrEqualTo(HANDFUL);
    }

    private static long labelled(List<RoundSummary> rounds, String label) {
        return rounds.stream()
                .filter(round -> round.label().equals(label))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theOrganisationsViewItsHeatmapRowAndTheNumbersBesideATeamRoundCostAHandfulHoweverManyTeams() throws Exception {
        RecordedTeamRounds recorded = new RecordedTeamRounds(
                editor,
                categories,
                draftQuestions,
                teams,
                roundRepository,
                results,
                dates.zone(),
                clock,
                people.id("admin"));
        Quarter last = recorded.settledQuarter(0);
        Quarter before = recorded.settledQuarter(1);
        List<Long> teamIds = new ArrayList<>();
        long firstRound = 0;
        for (int i = 0; i < 4; i++) {
            long team = recorded.team("Cost " + i);
            teamIds.add(team);
            long round = recorded.shown(team, last, 10 + i, 3, 2, "60.0", "55.0", "65.0");
            firstRound = i == 0 ? round : firstRound;
            recorded.hidden(team, before, 5, 2, 3);
        }
        String set = recorded.set();
        String member = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        teams.place(
                teamIds.get(0),
                accounts.create(member, member, "a fine long password", Set.of(Role.MEMBER))
                        .id(),
                TeamRole.MEMBER);
        String leader = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        long leaderId = accounts.create(leader, leader, "a fine long password", Set.of(Role.MEMBER))
                .id();
        administration.update(
                people.id("admin"),
                leaderId,
                administration.details(leaderId).version(),
                null,
                null,
                Set.of(Role.MEMBER),
                true);

        // the set's words are read once, then known: what a page costs is what it reads every time
        mvc.perform(get("/heatmap").param("set", set).with(people.as("admin"))).andExpect(status().isOk());
        long fourTeams = statementsFor(get("/organisation").param("set", set), status().isOk(), "admin");
        for (int i = 4; i < 40; i++) {
            long team = recorded.team("Cost " + i);
            recorded.shown(team, last, 20, 3, 1, "70.0", "75.0", "65.0");
            recorded.shown(team, before, 20, 4, 0, "50.0", "45.0", "55.0");
        }
        long fortyTeams = statementsFor(get("/organisation").param("set", set), status().isOk(), "admin");
        long asLeader = statementsFor(get("/organisation").param("set", set), status().isOk(), leader);
        long heatmap = statementsFor(get("/heatmap").param("set", set), status().isOk(), "admin");
        String besideAsAdmin = mvc.perform(get("/rounds/{id}", firstRound).with(people.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(besideAsAdmin).contains("id=\"organisation-beside\"");
        long teamRoundAsAdmin = statementsFor(get("/rounds/{id}", firstRound), status().isOk(), "admin");
        long teamRoundAsMember = statementsFor(get("/rounds/{id}", firstRound), status().isOk(), member);
        System.out.printf(
                "Statements: organisation with 4 teams %d, with 40 teams %d, as a leader %d; heatmap with its"
                        + " organisation row %d; a team round beside the organisation, as an admin %d, as a member %d%n",
                fourTeams, fortyTeams, asLeader, heatmap, teamRoundAsAdmin, teamRoundAsMember);

        // the released sets, when each last finished a team round, the set's latest version, the shown rounds' scores,
        // the rounds' counts and their kept response rates: six, with 4 teams as with 40
        assertThat(fortyTeams).isEqualTo(fourTeams).isLessThanOrEqualTo(HANDFUL);
        // and the leader's own teams, which do not count towards the minimum of teams
        // (an admin's heatmap reads the teams' names without their members, which leaves room for the organisation)
        assertThat(asLeader).isLessThanOrEqualTo(HANDFUL);
        assertThat(heatmap).isLessThanOrEqualTo(HANDFUL);
        // what a closed team round's page reads (above), and the quarter's shown scores; for anyone but an admin
        // their teams too, while the number would otherwise show
        assertThat(teamRoundAsAdmin).isLessThanOrEqualTo(HANDFUL + 4);
        assertThat(teamRoundAsMember).isLessThanOrEqualTo(HANDFUL + 4);
    }

    @Test
    void anActionPlanAndTheTeamsOpenActionsCostAHandfulHoweverManyActionsTheyList() throws Exception {
        long team = people.customerCare().id();
        Viewer manager = new Viewer(people.id("manager"), false);
        List<FinishedRound> finished = history.ofTeam(team, manager);
        long newest = finished.get(0).roundId();
        for (QuestionDefinition question :
                questionBank.definition(finished.get(0).versionId()).questions().subList(0, 5)) {
            actionPlans.record(newest, manager, question.key(), "Cost of " + question.key(), "Maya", null);
        }

        long plan = statementsFor(get("/rounds/{id}/actions", newest), status().isOk());
        long open = statementsFor(get("/teams/{id}/actions", team), status().isOk());
        System.out.printf("Statements: action plan %d, open actions %d%n", plan, open);

        assertThat(plan).isLessThanOrEqualTo(HANDFUL);
        // the team, its finished rounds and their scores, the open actions; the versions' words come from memory
        assertThat(open).isLessThanOrEqualTo(HANDFUL);
    }

    @Test
    void theQuestionBankEditorCostsAHandfulOfStatementsForTwentyOneQuestions() throws Exception {
        String key = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        String document =
                documents.export("promote-excellence", 1).replaceFirst("(?m)^key: promote-excellence$", "key: " + key);
        DraftView draft =
                documents.importDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "admin");
        assertThat(draft.draft().questions()).hasSize(21);

        long sets = statementsFor(get("/admin/question-sets"), status().isOk(), "admin");
        long editor = statementsFor(get("/admin/question-sets/{key}/draft", key), status().isOk(), "admin");
        long preview = statementsFor(get("/admin/question-sets/{key}/draft/preview", key), status().isOk(), "admin");
        long diff = statementsFor(get("/admin/question-sets/{key}/draft/diff", key), status().isOk(), "admin");
        long move = statementsFor(
                post("/admin/question-sets/{key}/draft/questions/{q}/move", key, "get-things-right")
                        .param("lockVersion", Long.toString(draft.lockVersion()))
                        .param("step", "1")
                        .with(csrf()),
                status().isFound(),
                "admin");
        System.out.printf(
                "Statements: question sets %d, draft editor %d, preview %d, diff %d, move a question %d%n",
                sets, editor, preview, diff, move);

        assertThat(sets).isLessThanOrEqualTo(HANDFUL);
        assertThat(editor).isLessThanOrEqualTo(HANDFUL);
        assertThat(preview).isLessThanOrEqualTo(HANDFUL);
        assertThat(diff).isLessThanOrEqualTo(HANDFUL);
        // the change itself: the positions of the two questions, the draft's lock version and the audit line
        assertThat(move).isLessThanOrEqualTo(HANDFUL + 3);
    }

    @Test
    void aLinksQuestionnaireAndItsFirstSubmitCostAHandfulOfStatements() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = teamRound(manager, "Link cost");
        invitations.invite(round, manager, List.of("Ana"));
        String token = invitations.of(round, manager).get(0).token();
        MockHttpServletRequestBuilder submit = post("/i/{token}", token)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questions.forEach(question -> submit.param("choices[" + question.key() + "]", "4"));

        long page = statementsFor(get("/i/{token}", token), status().isOk());
        long firstSubmit = statementsFor(submit, status().isFound());
        System.out.printf("Statements: link page %d, link's first submit %d%n", page, firstSubmit);

        // the link with its round and its response (none yet); the team's name comes from memory
        assertThat(page).isEqualTo(1);
        // the link with its round and its response (none yet), then one insert of the response already submitted and
        // one batched insert each for its 21 answers and its scores
        assertThat(firstSubmit).isEqualTo(4);
    }

    @Test
    void findingPeopleToAddToATeamCostsAHandfulHoweverManyMatch() throws Exception {
        long team = people.customerCare().id();

        long everyone = statementsFor(get("/teams/{id}/people", team), status().isOk(), "admin");
        long some = statementsFor(get("/teams/{id}/people", team).param("q", "man"), status().isOk(), "admin");
        System.out.printf("Statements: people to add, everyone %d, searched %d%n", everyone, some);

        // the team with its members, the matching accounts, their roles
        assertThat(everyone).isLessThanOrEqualTo(3);
        assertThat(some).isLessThanOrEqualTo(3);
    }

    /**
     * A view that reads without a transaction and then calls a transactional method (a team round opened by a member:
     * the team's members) must not hold one connection while taking another: with every other pooled connection
     * taken, it still answers. (Holding its first connection, it waited for a second one until the pool's timeout.)
     */
    @Test
    void aQuestionnaireViewNeedsOneConnectionAtATime() throws Exception {
        Viewer manager = new Viewer(people.id("manager"), false);
        long round = teamRound(manager, "One connection");
        long response = rounds.respond(round, new Viewer(people.id("member"), false));
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            mvc.perform(get("/responses/{id}", response).with(people.as("member")))
                    .andExpect(status().isOk());
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    /** A team round of Customer Care, open, on the 21 questions. */
    private long teamRound(Viewer manager, String label) {
        return rounds.start(
                        manager.accountId(),
                        people.customerCare().id(),
                        "promote-excellence",
                        label,
                        RoundMode.TEAM,
                        null)
                .roundId();
    }

    private long statementsFor(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return statementsFor(request, expected, "manager");
    }

    private long statementsFor(MockHttpServletRequestBuilder request, ResultMatcher expected, String who)
            throws Exception {
        RequestPostProcessor person = people.as(who); // loading the account is the test's cost, not the page's
        mvc.perform(get("/responses/{id}", responseId).with(people.as("manager"))); // warm caches
        // MockMvc answers on this thread: what the scheduler runs meanwhile on its own is not the page's cost
        statements.reset();
        mvc.perform(request.with(person)).andExpect(expected);
        return statements.onThisThread();
    }

    private MockHttpServletRequestBuilder fullForm(String action, long lockVersion) {
        MockHttpServletRequestBuilder request = post("/responses/{id}", responseId)
                .param("action", action)
                .param("lockVersion", Long.toString(lockVersion))
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        questions.forEach(question -> request.param("choices[" + question.key() + "]", "4"));
        return request;
    }
}
