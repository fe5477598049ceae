package app.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.assessment.ResultVerification;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionBankImport;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.ResultVerifier.Check;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamService;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator writes exactly what the app would have written: every response's scores are what scoring its stored
 * answers gives, and every round's result is what recomputing it from those responses gives — the app's own check of
 * stored results ({@link ResultVerification}) finds nothing to report.
 */
@ScorecardIntegrationTest
class HistoryGeneratorTests {

    private static final String SET = """
            key: generator-check
            title: Generator check
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

    @Autowired
    HistoryGenerator generator;

    @Autowired
    QuestionBankImport bankImport;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    TeamService teams;

    @Autowired
    DemoPeople people;

    @Autowired
    ResultVerification verification;

    @Autowired
    JdbcTemplate jdbc;

    QuestionSetDefinition version;

    @BeforeEach
    void theSet() {
        version =
                questionBank.publishedSets().stream().anyMatch(set -> set.key().equals("generator-check"))
                        ? questionBank.latestPublished("generator-check")
                        : bankImport.importNewPublishedSet(SET);
    }

    @Test
    void writesQuarterlyClosedRoundsAnsweredThroughInvitationLinks() {
        long team = newTeam();

        long answers = generator.generate(plan(team, 7));

        assertThat(answers).isEqualTo(3 * 4 * 5);
        assertThat(jdbc.queryForList(
                        "select label, mode, status, cast(closed_at as varchar(40)) as closed from assessment_round"
                                + " where team_id = ? order by closed_at",
                        team))
                .extracting(row -> row.get("LABEL") + " " + row.get("MODE") + " " + row.get("STATUS") + " "
                        + row.get("CLOSED").toString().substring(0, 10))
                .containsExactly(
                        "2025 Q4 TEAM CLOSED 2026-01-01",
                        "2026 Q1 TEAM CLOSED 2026-04-01",
                        "2026 Q2 TEAM CLOSED 2026-07-01");
        for (long round : roundsOf(team)) {
            assertThat(count("select count(*) from invitation where round_id = ?", round))
                    .isEqualTo(4);
            assertThat(count(
                            "select count(*) from response r join invitation i on i.id = r.invitation_id"
                                    + " where r.round_id = ? and i.round_id = r.round_id and r.status = 'SUBMITTED'"
                                    + " and r.account_id is null",
                            round))
                    .isEqualTo(4);
            assertThat(count(
                            "select count(*) from response_answer a join response r on r.id = a.response_id"
                                    + " where r.round_id = ?",
                            round))
                    .isEqualTo(4 * 5);
        }
    }

    @Test
    void storesResponsesAndResultsThatRecomputingThemGivesAgain() {
        long team = newTeam();
        generator.generate(plan(team, 13));

        for (long round : roundsOf(team)) {
            assertThat(scores(round)).hasSize(1 + 2 + 5);
            Check check = verification.check(round);
            assertThat(check.recomputed()).isTrue();
            assertThat(check.differences()).isEmpty();
        }
        // the respondents answered through links the app mailed: they count, whatever the team's setting
        assertThat(jdbc.queryForList(
                        "select distinct r.respondent_kind from response r join assessment_round a on a.id = r.round_id"
                                + " where a.team_id = ?",
                        String.class,
                        team))
                .containsExactly("INVITEE");
    }

    @Test
    void theSameSeedGivesTheSameAnswers() {
        long first = newTeam();
        long second = newTeam();

        generator.generate(plan(first, 17));
        generator.generate(plan(second, 17));

        assertThat(answersOf(second)).isEqualTo(answersOf(first)).isNotEmpty();
    }

    private HistoryGenerator.Plan plan(long team, long seed) {
        return new HistoryGenerator.Plan(
                List.of(team), people.id("admin"), version, 3, 4, LocalDate.of(2026, 6, 30), Period.ofMonths(3), seed);
    }

    private long newTeam() {
        return teams.create("Generator check " + UUID.randomUUID()).id();
    }

    private List<Long> roundsOf(long team) {
        return jdbc.queryForList(
                "select id from assessment_round where team_id = ? order by closed_at", Long.class, team);
    }

    private int count(String sql, long round) {
        return jdbc.queryForObject(sql, Integer.class, round);
    }

    private List<Map<String, Object>> scores(long round) {
        return jdbc.queryForList(
                "select scope, score_key, score, answered, mean, variance from round_result_score"
                        + " where round_id = ? order by scope, score_key",
                round);
    }

    private List<String> answersOf(long team) {
        return jdbc.queryForList(
                "select coalesce(cast(a.answer_value as varchar(1)), 'na') from response_answer a"
                        + " join response r on r.id = a.response_id join assessment_round o on o.id = r.round_id"
                        + " where o.team_id = ? order by o.closed_at, r.id, a.question_key",
                String.class,
                team);
    }
}
