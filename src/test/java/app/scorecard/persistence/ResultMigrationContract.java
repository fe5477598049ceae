package app.scorecard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ResultCalculator;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.results.internal.FinishedRoundsBecomeRecords;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration that turned rounds finished before results were records into records (V10 and V11), run on data
 * written by the previous schema — the rows the app wrote before — on every supported database (see the subclasses).
 * The question set is tiny so the numbers can be worked out by hand: categories c1 (q1, and q2 reverse-scored) and c2
 * (q3), weights 1, bands 0 "Low" and 60 "High"; an anonymity minimum of 3.
 */
abstract class ResultMigrationContract {

    private static final OffsetDateTime OPENED = OffsetDateTime.parse("2026-03-01T09:00:00Z");
    private static final OffsetDateTime CLOSED = OffsetDateTime.parse("2026-03-31T17:00:00Z");
    private static final ScoringModel MODEL = new ScoringModel(
            List.of(
                    new CategoryRule(
                            "c1",
                            BigDecimal.ONE,
                            List.of(
                                    new ItemRule("q1", BigDecimal.ONE, false),
                                    new ItemRule("q2", BigDecimal.ONE, true))),
                    new CategoryRule("c2", BigDecimal.ONE, List.of(new ItemRule("q3", BigDecimal.ONE, false)))),
            List.of(new Band(0, "Low"), new Band(60, "High")));

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private long ids = 100;

    /** A new, empty database on the server under test. */
    abstract DataSource newDatabase();

    @BeforeEach
    void thePreviousSchema() {
        dataSource = newDatabase();
        jdbc = new JdbcTemplate(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();
    }

    @Test
    void turnsEveryEarlierFinishedRoundIntoACompleteRecordWhereItsAnswersStillGiveWhatItShowed() {
        long manager = account("manager");
        long ann = account("ann");
        long bob = account("bob");
        long team = team(manager, ann, bob);
        long version = questionSet();

        // A self-assessment: q1 4 → 75, q2 2 reversed (4 points) → 75, q3 N/A. c1 75.0, c2 none; c1 carries half
        // the weight, enough for an overall of 75.0, "High". Its strengths: q1 then q2 (75 each, in order).
        long self = round(team, version, "SELF", "2026 Q1 self", manager);
        responseByAccount(self, manager, new Integer[] {4, 2, null}, null);
        legacyResult(self, team, version, List.of(self(manager, new Integer[] {4, 2, null})), false);

        // A team round: the manager (left out), Ann, and three links.
        long teamRound = round(team, version, "TEAM", "2026 Q1", manager);
        responseByAccount(teamRound, manager, new Integer[] {1, 5, 1}, "The manager's own");
        responseByAccount(teamRound, ann, new Integer[] {4, 2, 5}, "Ann's comment");
        responseByLink(teamRound, new Integer[] {5, 1, 4}, "First link");
        responseByLink(teamRound, new Integer[] {4, 2, 4}, null);
        responseByLink(teamRound, new Integer[] {3, 3, null}, null);
        legacyResult(teamRound, team, version, submitted(teamRound), true);

        migrate();

        // every submitted response: who gave it, its rules version, overall and band, and a score per question
        assertThat(jdbc.queryForList(
                        "select respondent_kind from response where round_id = ? order by id", String.class, teamRound))
                .containsExactly("MANAGER", "MEMBER", "MANAGER_HELD_LINK", "MANAGER_HELD_LINK", "MANAGER_HELD_LINK");
        assertThat(jdbc.queryForMap(
                        "select respondent_kind, rules_version, overall, band from response where round_id = ?", self))
                .containsEntry("RESPONDENT_KIND", "MANAGER")
                .containsEntry("RULES_VERSION", 1)
                .containsEntry("BAND", "High")
                .hasEntrySatisfying(
                        "OVERALL", overall -> assertThat((BigDecimal) overall).isEqualByComparingTo("75.0"));
        assertThat(jdbc.queryForObject("select count(*) from response_score where scope = 'OVERALL'", Long.class))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select s.score_key from response_score s join response r on r.id = s.response_id"
                                + " where r.round_id = ? and s.scope = 'ITEM' order by s.score_key",
                        String.class,
                        self))
                .containsExactly("q1", "q2", "q3");

        // the self-assessment's record: complete, with its strengths
        assertThat(jdbc.queryForMap(
                        "select mode, label, rules_version, min_responses, complete, respondents from round_result"
                                + " where round_id = ?",
                        self))
                .containsEntry("MODE", "SELF")
                .containsEntry("LABEL", "2026 Q1 self")
                .containsEntry("RULES_VERSION", 1)
                .containsEntry("MIN_RESPONSES", 3)
                .containsEntry("COMPLETE", true)
                .containsEntry("RESPONDENTS", 1);
        assertThat(jdbc.queryForList(
                        "select question_key from round_result_highlight where round_id = ? and kind = 'STRENGTH'"
                                + " order by position",
                        String.class,
                        self))
                .containsExactly("q1", "q2");

        // The team round counted Ann and the three links (the links counted then): q1 5, 4, 3, 4 → mean 4 → 75.0;
        // q2 1, 2, 3, 2 reversed → 5, 4, 3, 4 points → 75.0; q3 4, 4, 5 (one N/A) → 13/3 → 83.3. c1 75.0, c2 83.3,
        // overall (75 + 83.33…) / 2 = 79.166… → 79.2, "High".
        assertThat(jdbc.queryForMap(
                        "select overall, band, band_min, respondents, through_manager_held, manager_held_counted,"
                                + " complete, shown from round_result where round_id = ?",
                        teamRound))
                .containsEntry("BAND", "High")
                .containsEntry("BAND_MIN", 60)
                .containsEntry("RESPONDENTS", 4)
                .containsEntry("THROUGH_MANAGER_HELD", 3)
                .containsEntry("MANAGER_HELD_COUNTED", true)
                .containsEntry("COMPLETE", true)
                .containsEntry("SHOWN", true)
                .hasEntrySatisfying(
                        "OVERALL", overall -> assertThat((BigDecimal) overall).isEqualByComparingTo("79.2"));
        assertThat(jdbc.queryForMap(
                        "select chose_na, chose_1, chose_2, chose_3, chose_4, chose_5, hidden from round_result_score"
                                + " where round_id = ? and scope = 'ITEM' and score_key = 'q3'",
                        teamRound))
                .containsEntry("CHOSE_NA", 1L)
                .containsEntry("CHOSE_4", 2L)
                .containsEntry("CHOSE_5", 1L)
                .containsEntry("CHOSE_1", 0L)
                .containsEntry("HIDDEN", false);
        assertThat(jdbc.queryForList(
                        "select r.account_id from round_result_response c join response r on r.id = c.response_id"
                                + " where c.round_id = ? order by r.id",
                        Long.class,
                        teamRound))
                .containsExactly(ann, null, null, null); // Ann and the three links: the manager's is not counted
        assertThat(jdbc.queryForList(
                        "select comment_text from round_result_comment where round_id = ?", String.class, teamRound))
                .containsExactlyInAnyOrder("Ann's comment", "First link");
    }

    @Test
    void keepsARoundWhoseTeamChangedSinceItClosedAsItWasShownWithoutPerQuestionDetails() {
        long manager = account("manager");
        long ann = account("ann");
        long bob = account("bob");
        long team = team(manager, ann, bob);
        long version = questionSet();
        long round = round(team, version, "TEAM", "2026 Q1", manager);
        responseByAccount(round, ann, new Integer[] {3, 3, 3}, null);
        responseByAccount(round, bob, new Integer[] {2, 4, 2}, "Bob's comment");
        responseByLink(round, new Integer[] {4, 4, 4}, null);
        legacyResult(round, team, version, submitted(round), true);
        Map<String, Object> shownThen =
                jdbc.queryForMap("select overall, band from round_result where round_id = ?", round);
        // after it closed, Bob became a manager: counting again would leave him out and give other numbers
        jdbc.update("update team_member set team_role = 'MANAGER' where account_id = ?", bob);

        migrate();

        assertThat(jdbc.queryForMap("select overall, band from round_result where round_id = ?", round))
                .isEqualTo(shownThen);
        assertThat(jdbc.queryForMap("select complete, respondents, shown from round_result where round_id = ?", round))
                .containsEntry("COMPLETE", false)
                .containsEntry("RESPONDENTS", 3)
                .containsEntry("SHOWN", true);
        assertThat(jdbc.queryForList(
                        "select distinct hidden from round_result_score where round_id = ? and scope = 'ITEM'",
                        Boolean.class,
                        round))
                .containsExactly(true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from round_result_comment where round_id = ?", Long.class, round))
                .isZero();
    }

    @Test
    void keepsARoundThatClosedBelowTheMinimumHiddenRecordsOneThatHadNoResultAndLeavesADraftUnbound() {
        long manager = account("manager");
        long ann = account("ann");
        long team = team(manager, ann);
        long version = questionSet();
        long hidden = round(team, version, "TEAM", "2026 Q1", manager);
        responseByAccount(hidden, ann, new Integer[] {5, 1, 5}, "Only two answered");
        responseByLink(hidden, new Integer[] {4, 2, 4}, null);
        legacyResult(hidden, team, version, submitted(hidden), true);
        // closed before results were stored at all (no result row): recorded now
        long unrecorded = round(team, version, "TEAM", "2025 Q4", manager);
        responseByAccount(unrecorded, ann, new Integer[] {4, 2, 4}, null);
        responseByLink(unrecorded, new Integer[] {4, 2, 4}, null);
        responseByLink(unrecorded, new Integer[] {4, 2, 4}, "Recorded at last");
        long open = round(team, version, "TEAM", "2026 Q2", manager);
        jdbc.update("update assessment_round set status = 'OPEN', closed_at = null where id = ?", open);
        long draft = draftByLink(open);

        migrate();

        assertThat(jdbc.queryForMap(
                        "select shown, respondents, overall, complete from round_result where round_id = ?", hidden))
                .containsEntry("SHOWN", false)
                .containsEntry("RESPONDENTS", 2)
                .containsEntry("OVERALL", null)
                .containsEntry("COMPLETE", true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from round_result_score where round_id = ?", Long.class, hidden))
                .isZero();
        // 4, 2 reversed (4 points), 4 from three people: every item 75.0, overall 75.0 "High"
        assertThat(jdbc.queryForMap(
                        "select shown, respondents, band, complete, manager_held_counted from round_result"
                                + " where round_id = ?",
                        unrecorded))
                .containsEntry("SHOWN", true)
                .containsEntry("RESPONDENTS", 3)
                .containsEntry("BAND", "High")
                .containsEntry("COMPLETE", true)
                .containsEntry("MANAGER_HELD_COUNTED", true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from round_result_response where round_id = ?", Long.class, unrecorded))
                .isEqualTo(3);
        assertThat(jdbc.queryForMap("select respondent_kind, holder_hash from response where id = ?", draft))
                .containsEntry("RESPONDENT_KIND", null)
                .containsEntry("HOLDER_HASH", null);
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new FinishedRoundsBecomeRecords(new AnonymityPolicy(3)))
                .load()
                .migrate();
    }

    private long account(String username) {
        long id = ids++;
        jdbc.update(
                "insert into user_account (id, username, display_name, password_hash, enabled, created_at, lock_version)"
                        + " values (?, ?, ?, '{noop}x', true, ?, 0)",
                id,
                username + id,
                username,
                OPENED);
        return id;
    }

    /** The first account manages the team; the others are members. */
    private long team(long manager, long... members) {
        long id = ids++;
        jdbc.update(
                "insert into team (id, name, created_at, lock_version) values (?, ?, ?, 0)", id, "Team " + id, OPENED);
        jdbc.update("insert into team_member (team_id, account_id, team_role) values (?, ?, 'MANAGER')", id, manager);
        for (long member : members) {
            jdbc.update("insert into team_member (team_id, account_id, team_role) values (?, ?, 'MEMBER')", id, member);
        }
        return id;
    }

    private long questionSet() {
        long set = ids++;
        long version = ids++;
        jdbc.update("insert into question_set (id, set_key, created_at) values (?, ?, ?)", set, "tiny-" + set, OPENED);
        jdbc.update(
                "insert into question_set_version (id, question_set_id, version_number, status, title, created_at,"
                        + " published_at, lock_version) values (?, ?, 1, 'PUBLISHED', 'Tiny', ?, ?, 0)",
                version,
                set,
                OPENED,
                OPENED);
        jdbc.update("insert into score_band (version_id, min_score, label) values (?, 0, 'Low')", version);
        jdbc.update("insert into score_band (version_id, min_score, label) values (?, 60, 'High')", version);
        long c1 = category(version, "c1", 0);
        long c2 = category(version, "c2", 1);
        question(c1, version, "q1", false, 0);
        question(c1, version, "q2", true, 1);
        question(c2, version, "q3", false, 0);
        return version;
    }

    private long category(long version, String key, int order) {
        long id = ids++;
        jdbc.update(
                "insert into category (id, version_id, category_key, name, weight, sort_order) values (?, ?, ?, ?, 1, ?)",
                id,
                version,
                key,
                key.toUpperCase(),
                order);
        return id;
    }

    private void question(long category, long version, String key, boolean reverse, int order) {
        jdbc.update(
                "insert into question (category_id, version_id, question_key, question_text, kind, reverse_scored,"
                        + " weight, guidance_excellent, guidance_next_step, sort_order, trend_since)"
                        + " values (?, ?, ?, ?, 'AGREEMENT', ?, 1, 'E.', 'N.', ?, 1)",
                category,
                version,
                key,
                key + "?",
                reverse,
                order);
    }

    private long round(long team, long version, String mode, String label, long manager) {
        long id = ids++;
        jdbc.update(
                "insert into assessment_round (id, team_id, question_set_version_id, mode, label, status, created_by,"
                        + " created_at, closed_at, lock_version) values (?, ?, ?, ?, ?, 'CLOSED', ?, ?, ?, 1)",
                id,
                team,
                version,
                mode,
                label,
                manager,
                OPENED,
                CLOSED);
        return id;
    }

    private void responseByAccount(long round, long account, Integer[] values, String comment) {
        long id = response(round, account, null, "SUBMITTED");
        answers(id, values, comment);
        legacyScores(id, values);
    }

    private void responseByLink(long round, Integer[] values, String comment) {
        long invitation = invitation(round);
        long id = response(round, null, invitation, "SUBMITTED");
        answers(id, values, comment);
        legacyScores(id, values);
    }

    private long draftByLink(long round) {
        long id = response(round, null, invitation(round), "DRAFT");
        answers(id, new Integer[] {2, null, null}, "Saved before drafts belonged to a browser");
        return id;
    }

    private long invitation(long round) {
        long id = ids++;
        jdbc.update(
                "insert into invitation (id, round_id, name, token, created_at) values (?, ?, ?, ?, ?)",
                id,
                round,
                "Person " + id,
                "token-" + id,
                OPENED);
        return id;
    }

    private long response(long round, Long account, Long invitation, String status) {
        long id = ids++;
        jdbc.update(
                "insert into response (id, round_id, account_id, invitation_id, status, submission_id, created_at,"
                        + " updated_at, submitted_at, lock_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id,
                round,
                account,
                invitation,
                status,
                "submission-" + id,
                OPENED,
                OPENED.plusDays(2),
                status.equals("SUBMITTED") ? OPENED.plusDays(2) : null);
        return id;
    }

    private void answers(long response, Integer[] values, String comment) {
        String[] keys = {"q1", "q2", "q3"};
        for (int i = 0; i < keys.length; i++) {
            jdbc.update(
                    "insert into response_answer (response_id, question_key, answer_value, not_applicable, comment)"
                            + " values (?, ?, ?, ?, ?)",
                    response,
                    keys[i],
                    values[i],
                    values[i] == null,
                    i == 0 ? comment : null);
        }
    }

    /** The overall and category scores the app stored with a response before (no per-question scores then). */
    private void legacyScores(long response, Integer[] values) {
        ResponseScores scores = scores(values);
        jdbc.update(
                "insert into response_score (response_id, scope, score_key, score) values (?, 'OVERALL', 'overall', ?)",
                response,
                scores.overall());
        scores.categories()
                .forEach((key, score) -> jdbc.update(
                        "insert into response_score (response_id, scope, score_key, score) values (?, 'CATEGORY', ?, ?)",
                        response,
                        key,
                        score));
    }

    private static ResponseScores scores(Integer[] values) {
        return ResponseScores.of(1, new ScoringService().score(MODEL, valueMap(values)));
    }

    private static Map<String, Integer> valueMap(Integer[] values) {
        Map<String, Integer> map = new HashMap<>();
        map.put("q1", values[0]);
        map.put("q2", values[1]);
        map.put("q3", values[2]);
        return map;
    }

    private SubmittedResponse self(long manager, Integer[] values) {
        return new SubmittedResponse(0, RespondentKind.MANAGER, valueMap(values), List.of(), scores(values));
    }

    /** A round's responses as the previous code counted them: everyone but the team's current managers. */
    private List<SubmittedResponse> submitted(long round) {
        List<SubmittedResponse> responses = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select r.id, r.account_id, m.team_role from response r join assessment_round a on a.id = r.round_id"
                        + " left join team_member m on m.team_id = a.team_id and m.account_id = r.account_id"
                        + " where r.round_id = ? order by r.id",
                round)) {
            if ("MANAGER".equals(row.get("TEAM_ROLE"))) {
                continue;
            }
            long id = ((Number) row.get("ID")).longValue();
            Integer[] values = new Integer[3];
            List<Map<String, Object>> answers = jdbc.queryForList(
                    "select question_key, answer_value from response_answer where response_id = ?", id);
            for (Map<String, Object> answer : answers) {
                int index =
                        Integer.parseInt(answer.get("QUESTION_KEY").toString().substring(1)) - 1;
                values[index] =
                        answer.get("ANSWER_VALUE") == null ? null : ((Number) answer.get("ANSWER_VALUE")).intValue();
            }
            responses.add(
                    new SubmittedResponse(id, RespondentKind.MEMBER, valueMap(values), List.of(), scores(values)));
        }
        return responses;
    }

    /** The result row and its scores as the previous code wrote them: no distribution, highlights or comments. */
    private void legacyResult(long round, long team, long version, List<SubmittedResponse> counted, boolean teamRound) {
        ResultCalculator calculator = new ResultCalculator(1);
        CalculatedResult result = teamRound
                ? calculator.teamRound(MODEL, counted, 3, true, new Random(1))
                : calculator.selfAssessment(MODEL, counted.get(0));
        jdbc.update(
                "insert into round_result (round_id, team_id, set_key, version_id, finished_at, respondents, shown,"
                        + " overall, band) values (?, ?, (select s.set_key from question_set s join question_set_version v"
                        + " on v.question_set_id = s.id where v.id = ?), ?, ?, ?, ?, ?, ?)",
                round,
                team,
                version,
                version,
                CLOSED,
                result.respondents(),
                result.shown(),
                result.overall(),
                result.band() == null ? null : result.band().label());
        if (!result.shown()) {
            return;
        }
        legacyScore(round, "OVERALL", "overall", result.overallStat());
        result.categories().forEach(row -> legacyScore(round, "CATEGORY", row.key(), row.stat()));
        result.items().forEach(row -> legacyScore(round, "ITEM", row.key(), row.stat()));
    }

    private void legacyScore(long round, String scope, String key, ScoreStat stat) {
        jdbc.update(
                "insert into round_result_score (round_id, scope, score_key, score, answered, mean, variance)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                round,
                scope,
                key,
                stat.score(),
                stat.answered(),
                stat.mean(),
                stat.variance());
    }
}
