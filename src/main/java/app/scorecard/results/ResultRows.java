package app.scorecard.results;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.MustHave;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes result records with plain JDBC, in batches — the same rows the recorder writes through JPA — for the two
 * writers that run where JPA is not at hand or too slow: the migration that turned earlier rounds into records, and
 * the demo's history generator (millions of answers). One instance per connection and transaction; call
 * {@link #flush()} before reading the rows back, and close it to release the statements. Records under rules version 1
 * touch only the columns that existed when migration 11 wrote them; version 2's must-haves go through statements
 * prepared when the first such record comes.
 */
public final class ResultRows implements AutoCloseable {

    private final PreparedStatement result;
    private final PreparedStatement score;
    private final PreparedStatement highlight;
    private final PreparedStatement comment;
    private final PreparedStatement counted;
    private final Connection connection;
    private PreparedStatement mustHavesOfResult;
    private PreparedStatement scoreWithMustHave;

    public ResultRows(Connection connection) throws SQLException {
        this.connection = connection;
        result = connection.prepareStatement("insert into round_result (round_id, team_id, mode, label, set_key,"
                + " version_id, finished_at, rules_version, min_responses, manager_held_counted, respondents,"
                + " through_manager_held, shown, overall, band, band_min)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        score = connection.prepareStatement("insert into round_result_score (round_id, scope, score_key, score,"
                + " answered, mean, variance, items_answered, items_total, chose_na, chose_1, chose_2, chose_3,"
                + " chose_4, chose_5, hidden) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        highlight = connection.prepareStatement(
                "insert into round_result_highlight (round_id, position, kind, question_key) values (?, ?, ?, ?)");
        comment = connection.prepareStatement(
                "insert into round_result_comment (round_id, position, comment_text) values (?, ?, ?)");
        counted =
                connection.prepareStatement("insert into round_result_response (round_id, response_id) values (?, ?)");
    }

    /**
     * Adds one round's record to the batches.
     *
     * @param minimum the anonymity minimum the result was calculated under
     * @param managerHeldCounted whether answers through manager-held links counted
     */
    public void add(
            FinishedRoundFacts round,
            CalculatedResult calculated,
            int rulesVersion,
            int minimum,
            boolean managerHeldCounted)
            throws SQLException {
        if (calculated.targets() != null) {
            throw new IllegalArgumentException("Results with targets are recorded one by one, not in batches");
        }
        long id = round.roundId();
        result.setLong(1, id);
        result.setLong(2, round.teamId());
        result.setString(3, round.mode().name());
        result.setString(4, round.label());
        result.setString(5, round.setKey());
        result.setLong(6, round.versionId());
        result.setObject(7, round.finishedAt().atOffset(ZoneOffset.UTC));
        result.setInt(8, rulesVersion);
        result.setInt(9, minimum);
        result.setBoolean(10, managerHeldCounted);
        result.setInt(11, calculated.respondents());
        result.setInt(12, calculated.throughManagerHeldLinks());
        result.setBoolean(13, calculated.shown());
        decimal(result, 14, calculated.overall());
        if (calculated.band() == null) {
            result.setNull(15, Types.VARCHAR);
            result.setNull(16, Types.INTEGER);
        } else {
            result.setString(15, calculated.band().label());
            result.setInt(16, calculated.band().min());
        }
        result.addBatch();
        boolean withMustHaves = calculated.shown() && rulesVersion >= ScoringService.MUST_HAVE_RULES_VERSION;
        if (withMustHaves) {
            mustHavesOf(id, calculated);
        }
        for (long responseId : calculated.counted()) {
            counted.setLong(1, id);
            counted.setLong(2, responseId);
            counted.addBatch();
        }
        if (!calculated.shown()) {
            return;
        }
        Rows rows = new Rows(id, withMustHaves ? scoreWithMustHave : score, withMustHaves);
        ScoreStat overall = calculated.overallStat();
        rows.score(ScoreScope.OVERALL, ScoreScope.OVERALL_KEY, overall, null, null, null, null, null);
        for (CategoryRow category : calculated.categories()) {
            rows.score(
                    ScoreScope.CATEGORY,
                    category.key(),
                    category.stat(),
                    category.itemsAnswered(),
                    category.itemsTotal(),
                    null,
                    null,
                    null);
        }
        Map<String, MustHave> mustHaves = new HashMap<>();
        calculated.mustHaves().forEach(found -> mustHaves.put(found.questionKey(), found));
        for (ItemRow item : calculated.items()) {
            rows.score(
                    ScoreScope.ITEM,
                    item.key(),
                    item.stat(),
                    null,
                    null,
                    item.counts(),
                    item.hidden(),
                    mustHaves.get(item.key()));
        }
        int position = 0;
        for (String key : calculated.strengths()) {
            highlight(id, position++, "STRENGTH", key);
        }
        for (String key : calculated.gaps()) {
            highlight(id, position++, "GAP", key);
        }
        for (int i = 0; i < calculated.comments().size(); i++) {
            comment.setLong(1, id);
            comment.setInt(2, i);
            comment.setString(3, calculated.comments().get(i));
            comment.addBatch();
        }
    }

    /** The must-have columns of a record under rules version 2, set after its insert in the same flush. */
    private void mustHavesOf(long roundId, CalculatedResult calculated) throws SQLException {
        if (mustHavesOfResult == null) {
            mustHavesOfResult = connection.prepareStatement("update round_result set band_before_cap = ?,"
                    + " band_before_cap_min = ?, must_haves_met = ? where round_id = ?");
            scoreWithMustHave = connection.prepareStatement("insert into round_result_score (round_id, scope,"
                    + " score_key, score, answered, mean, variance, items_answered, items_total, chose_na, chose_1,"
                    + " chose_2, chose_3, chose_4, chose_5, hidden, must_have_threshold, must_have_points,"
                    + " must_have_met) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        Band beforeCap = calculated.bandBeforeCap();
        if (beforeCap == null) {
            mustHavesOfResult.setNull(1, Types.VARCHAR);
            mustHavesOfResult.setNull(2, Types.INTEGER);
        } else {
            mustHavesOfResult.setString(1, beforeCap.label());
            mustHavesOfResult.setInt(2, beforeCap.min());
        }
        mustHavesOfResult.setBoolean(3, calculated.mustHavesMet());
        mustHavesOfResult.setLong(4, roundId);
        mustHavesOfResult.addBatch();
    }

    /** One record's score rows, through the statement of its rules version. */
    private record Rows(long roundId, PreparedStatement score, boolean withMustHaves) {

        void score(
                ScoreScope scope,
                String key,
                ScoreStat stat,
                Integer itemsAnswered,
                Integer itemsTotal,
                List<Long> counts,
                Boolean hidden,
                MustHave mustHave)
                throws SQLException {
            score.setLong(1, roundId);
            score.setString(2, scope.name());
            score.setString(3, key);
            decimal(score, 4, stat.score());
            score.setInt(5, stat.answered());
            real(score, 6, stat.mean());
            real(score, 7, stat.variance());
            integer(score, 8, itemsAnswered);
            integer(score, 9, itemsTotal);
            for (int point = 0; point < 6; point++) {
                if (counts == null) {
                    score.setNull(10 + point, Types.BIGINT);
                } else {
                    score.setLong(10 + point, counts.get(point));
                }
            }
            if (hidden == null) {
                score.setNull(16, Types.BOOLEAN);
            } else {
                score.setBoolean(16, hidden);
            }
            if (withMustHaves) {
                integer(score, 17, mustHave == null ? null : mustHave.threshold());
                decimal(score, 18, mustHave == null ? null : mustHave.points());
                if (mustHave == null) {
                    score.setNull(19, Types.BOOLEAN);
                } else {
                    score.setBoolean(19, mustHave.met());
                }
            }
            score.addBatch();
        }
    }

    private void highlight(long roundId, int position, String kind, String key) throws SQLException {
        highlight.setLong(1, roundId);
        highlight.setInt(2, position);
        highlight.setString(3, kind);
        highlight.setString(4, key);
        highlight.addBatch();
    }

    /** Sends the batches: the records first, then what hangs off them. */
    public void flush() throws SQLException {
        result.executeBatch();
        score.executeBatch();
        highlight.executeBatch();
        comment.executeBatch();
        counted.executeBatch();
        if (mustHavesOfResult != null) {
            mustHavesOfResult.executeBatch();
            scoreWithMustHave.executeBatch();
        }
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static void real(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void integer(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : List.of(result, score, highlight, comment, counted)) {
            statement.close();
        }
        if (mustHavesOfResult != null) {
            mustHavesOfResult.close();
            scoreWithMustHave.close();
        }
    }
}
