package app.scorecard.results;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes result records with plain JDBC, in batches — the same rows the recorder writes through JPA — for the two
 * writers that run where JPA is not at hand or too slow: the migration that turned earlier rounds into records, and
 * the demo's history generator (millions of answers). One instance per connection and transaction; call
 * {@link #flush()} before reading the rows back, and close it to release the statements.
 */
public final class ResultRows implements AutoCloseable {

    private final PreparedStatement result;
    private final PreparedStatement score;
    private final PreparedStatement highlight;
    private final PreparedStatement comment;
    private final PreparedStatement counted;

    public ResultRows(Connection connection) throws SQLException {
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
        for (long responseId : calculated.counted()) {
            counted.setLong(1, id);
            counted.setLong(2, responseId);
            counted.addBatch();
        }
        if (!calculated.shown()) {
            return;
        }
        ScoreStat overall = calculated.overallStat();
        score(id, ScoreScope.OVERALL, ScoreScope.OVERALL_KEY, overall, null, null, null, null);
        for (CategoryRow category : calculated.categories()) {
            score(
                    id,
                    ScoreScope.CATEGORY,
                    category.key(),
                    category.stat(),
                    category.itemsAnswered(),
                    category.itemsTotal(),
                    null,
                    null);
        }
        for (ItemRow item : calculated.items()) {
            score(id, ScoreScope.ITEM, item.key(), item.stat(), null, null, item.counts(), item.hidden());
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

    private void score(
            long roundId,
            ScoreScope scope,
            String key,
            ScoreStat stat,
            Integer itemsAnswered,
            Integer itemsTotal,
            List<Long> counts,
            Boolean hidden)
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
        score.addBatch();
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
    }
}
