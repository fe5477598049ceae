package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.results.ResultVerifier.Check;
import app.scorecard.results.RoundMode;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The check of stored results against the answers behind them (issue 14): a closed team round and a submitted
 * self-assessment nobody touched come out exactly as stored, and a number changed in the database afterwards is named
 * with what recomputing it gives. Every test runs rounds of a team of its own; the rows it changes stay changed.
 */
@ScorecardIntegrationTest
class ResultVerificationTests {

    private static final String SET_KEY = "verification-check";

    private static final String SET = """
            key: verification-check
            title: Verification check
            categories:
              - key: first
                name: First
                weight: 2
                questions:
                  - {key: one, kind: AGREEMENT, text: One., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: two, kind: AGREEMENT, text: Two., reverse: true, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: three, kind: AGREEMENT, text: Three., reverse: false, weight: 2, guidance: {excellent: E., nextStep: N.}}
              - key: second
                name: Second
                weight: 1
                questions:
                  - {key: four, kind: AGREEMENT, text: Four., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
                  - {key: five, kind: AGREEMENT, text: Five., reverse: false, weight: 1, guidance: {excellent: E., nextStep: N.}}
            """;

    private static final List<String> QUESTIONS = List.of("one", "two", "three", "four", "five");

    /**
     * The four members' answers, question by question ("na": not applicable). Counted, they give:
     *
     * <pre>
     * one    5 4 4 5   mean 4.5            → 87.5
     * two    1 2 1 na  mean 4/3, reversed  → (6 − 4/3 − 1) × 25 = 275/3 → 91.7 (three answers: the minimum, shown)
     * three  4 4 5 4   mean 4.25           → 81.25 → 81.3
     * four   3 3 4 2   mean 3              → 50.0
     * five   2 3 3 3   mean 2.75           → 43.75 → 43.8
     * first  (87.5 + 275/3 + 2 × 81.25) / 4 = 1025/12 → 85.4
     * second (50 + 43.75) / 2 = 46.875 → 46.9
     * overall (2 × 1025/12 + 46.875) / 3 = 5225/72 = 72.57 → 72.6, "Striving for excellence"
     * </pre>
     */
    private static final List<List<String>> MEMBER_ANSWERS = List.of(
            List.of("5", "1", "4", "3", "2"),
            List.of("4", "2", "4", "3", "3"),
            List.of("4", "1", "5", "4", "3"),
            List.of("5", "na", "4", "2", "3"));

    @Autowired
    ResultVerification verification;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    QuestionBankImport bankImport;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    String suffix;
    long team;
    long manager;
    List<Long> members = new ArrayList<>();

    @BeforeEach
    void aTeamOfAManagerAndFourMembers() {
        if (questionBank.publishedSets().stream().noneMatch(set -> set.key().equals(SET_KEY))) {
            bankImport.importNewPublishedSet(SET);
        }
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Verified " + suffix).id();
        manager = account("rv-boss-" + suffix, Role.MANAGER);
        teams.place(team, manager, TeamRole.MANAGER);
        for (int i = 1; i <= 4; i++) {
            long member = account("rv-m" + i + "-" + suffix, Role.MEMBER);
            teams.place(team, member, TeamRole.MEMBER);
            members.add(member);
        }
    }

    @Test
    void aClosedTeamRoundComesOutOfTheCheckExactlyAsStored() {
        long round = closedTeamRound();

        // what was stored: the four members' answers, not the manager's nor the manager-held link's
        assertThat(jdbc.queryForObject("select overall from round_result where round_id = ?", BigDecimal.class, round))
                .isEqualByComparingTo("72.6");
        assertThat(jdbc.queryForObject(
                        "select band || ', ' || respondents || ' counted, ' || through_manager_held || ' by link'"
                                + " from round_result where round_id = ?",
                        String.class,
                        round))
                .isEqualTo("Striving for excellence, 4 counted, 1 by link");
        assertThat(scores(round, "CATEGORY")).containsExactly("first 85.4", "second 46.9");
        assertThat(scores(round, "ITEM"))
                .containsExactly("five 43.8", "four 50.0", "one 87.5", "three 81.3", "two 91.7");
        assertThat(jdbc.queryForList(
                        "select comment_text from round_result_comment where round_id = ?", String.class, round))
                .containsExactlyInAnyOrder("We keep our promises", "Handovers get lost");

        Check check = verification.check(round);

        assertThat(check.recomputed()).isTrue();
        assertThat(check.differences()).isEmpty();
        assertThat(verification.checkAll()).contains(new Check(round, true, List.of()));
        assertThat(new VerifyResultsCommand(onlyRounds(round), context).verify())
                .isZero();
    }

    @Test
    void aSubmittedSelfAssessmentComesOutOfTheCheckExactlyAsStored() {
        // one 4 → 75, two 2 reversed → 75, three 5 → 100: first (75 + 75 + 2 × 100) / 4 = 87.5;
        // four N/A, five 3 → 50: second 50.0 (half its weight answered); overall (2 × 87.5 + 50) / 3 = 75.0
        long round = selfAssessment(List.of("4", "2", "5", "na", "3"));

        assertThat(jdbc.queryForObject(
                        "select overall || ' ' || band from round_result where round_id = ?", String.class, round))
                .isEqualTo("75.0 Striving for excellence");
        assertThat(scores(round, "CATEGORY")).containsExactly("first 87.5", "second 50.0");

        Check check = verification.check(round);

        assertThat(check.recomputed()).isTrue();
        assertThat(check.differences()).isEmpty();
        assertThat(new VerifyResultsCommand(onlyRounds(round), context).verify())
                .isZero();
    }

    @Test
    void recomputesUnderTheManagerHeldSettingTheResultWasRecordedWithNotTodays() {
        long round = closedTeamRound();

        // Counting the link's fives now would make five counted answers and other scores.
        teams.countManagerHeldLinks(team, true);

        assertThat(verification.check(round).differences()).isEmpty();
    }

    @Test
    void namesEveryNumberChangedInAStoredResult() {
        long round = closedTeamRound();

        tamper(
                "update round_result_score set score = 81.4 where round_id = ? and scope = 'ITEM'"
                        + " and score_key = 'three'",
                round);
        tamper("update round_result set overall = 72.7, respondents = 5 where round_id = ?", round);
        tamper(
                "update round_result_score set chose_4 = 3 where round_id = ? and scope = 'ITEM'"
                        + " and score_key = 'one'",
                round);
        tamper(
                "update round_result_comment set comment_text = 'Handovers are fine' where round_id = ?"
                        + " and comment_text = 'Handovers get lost'",
                round);

        Check check = verification.check(round);

        String where = "round " + round;
        assertThat(check.recomputed()).isTrue();
        assertThat(check.differences())
                .containsExactlyInAnyOrder(
                        where + ", counted answers: stored 5, recomputed 4",
                        where + ", overall: stored 72.7, recomputed 72.6",
                        where + ", question three: stored 81.4, recomputed 81.3",
                        where + ", question one, answers per point: stored [0, 0, 0, 0, 3, 2],"
                                + " recomputed [0, 0, 0, 0, 2, 2]",
                        where + ", comments: 2 stored, 2 recomputed, 1 of the stored not among the recomputed"
                                + " (texts not shown)");
        assertThat(new VerifyResultsCommand(verification, context).verify()).isEqualTo(1);
    }

    @Test
    void namesAResponseScoreChangedInTheDatabase() {
        long round = closedTeamRound();
        long firstMembersResponse = jdbc.queryForObject(
                "select id from response where round_id = ? and account_id = ?", Long.class, round, members.get(0));

        // The first member answered 5 to question one: 100.0.
        tamper(
                "update response_score set score = 75.0 where response_id = ? and scope = 'ITEM' and score_key = 'one'",
                firstMembersResponse);

        Check check = verification.check(round);

        // The round is recomputed from the answers alone (each response scored afresh), so the changed response score
        // is named where it is, and the round's own numbers — still what the answers give — are not.
        String where = "round " + round;
        assertThat(check.differences())
                .containsExactly(where + ", response 1, question one: stored 75.0, recomputed 100.0");
        assertThat(new VerifyResultsCommand(onlyRounds(round), context).verify())
                .isEqualTo(1);
    }

    @Test
    void reportsAResultOfAnUnknownRulesVersionInsteadOfFailing() {
        long round = closedTeamRound();
        tamper("update round_result set rules_version = 99 where round_id = ?", round);

        Check check = verification.check(round);

        assertThat(check.differences())
                .containsExactly("round " + round + ": scoring rules version 99 is not known to this code");
        assertThat(new VerifyResultsCommand(verification, context).verify()).isEqualTo(1);
    }

    /**
     * A team round answered by the four members (as {@link #MEMBER_ANSWERS}, with two comments), by the manager (all
     * ones) and through a link the manager holds (all fives), then closed: the team does not count such links.
     */
    private long closedTeamRound() {
        long round = rounds.start(manager, team, SET_KEY, "Checked " + UUID.randomUUID(), RoundMode.TEAM, null)
                .roundId();
        Map<Integer, Map<String, String>> comments = Map.of(
                0, Map.of("one", "We keep our promises"),
                2, Map.of("four", "Handovers get lost"));
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            long response = rounds.respond(round, new Viewer(member, false));
            submit(
                    new Respondent.WithAccount(response, member),
                    MEMBER_ANSWERS.get(i),
                    comments.getOrDefault(i, Map.of()));
        }
        long own = rounds.respond(round, new Viewer(manager, false));
        submit(
                new Respondent.WithAccount(own, manager),
                List.of("1", "1", "1", "1", "1"),
                Map.of("two", "Only the manager wrote this"));
        Viewer viewer = new Viewer(manager, false);
        invitations.invite(round, viewer, List.of("Held by the manager"));
        String token = invitations.of(round, viewer).get(0).token();
        submit(
                new Respondent.WithInvitation(token, "the manager's browser"),
                List.of("5", "5", "5", "5", "5"),
                Map.of("three", "Written through the held link"));
        rounds.close(round, viewer);
        return round;
    }

    private long selfAssessment(List<String> answers) {
        var started = rounds.start(manager, team, SET_KEY, "Self " + UUID.randomUUID(), RoundMode.SELF, null);
        submit(new Respondent.WithAccount(started.responseId(), manager), answers, Map.of("five", "We answer late"));
        return started.roundId();
    }

    private void submit(Respondent respondent, List<String> answers, Map<String, String> comments) {
        Map<String, String> choices = new HashMap<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            choices.put(QUESTIONS.get(i), answers.get(i));
        }
        questionnaires.submit(respondent, 0, UUID.randomUUID().toString(), choices, comments);
    }

    private void tamper(String update, long id) {
        assertThat(jdbc.update(update, id)).as(update).isEqualTo(1);
    }

    private List<String> scores(long round, String scope) {
        return jdbc.query(
                "select score_key, score from round_result_score where round_id = ? and scope = ? order by score_key",
                (row, n) -> row.getString(1) + " " + row.getBigDecimal(2),
                round,
                scope);
    }

    /** The real checks of these rounds alone: every other test class's rounds share the database. */
    private ResultVerification onlyRounds(long... roundIds) {
        return new ResultVerification(null, null, null, null, null) {
            @Override
            public List<Check> checkAll() {
                return Arrays.stream(roundIds).mapToObj(verification::check).toList();
            }
        };
    }

    private long account(String username, Role role) {
        return accounts.create(username, username, "tulip brass ferry lantern", Set.of(role))
                .id();
    }
}
