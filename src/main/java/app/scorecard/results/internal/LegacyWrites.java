package app.scorecard.results.internal;

import app.scorecard.results.ResultRows;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.internal.LegacyRows.Submitted;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * What migration 11 writes, in batches sent once per round: a response's scores afresh (per category and question,
 * its overall score and band on its row), a stored result replaced by its complete record ({@link #rows}), or kept as
 * it was shown and marked incomplete.
 */
final class LegacyWrites implements AutoCloseable {

    final ResultRows rows;
    private final PreparedStatement deleteScores;
    private final PreparedStatement insertScore;
    private final PreparedStatement updateResponse;
    private final PreparedStatement deleteResultScores;
    private final PreparedStatement deleteResult;
    private final PreparedStatement keep;
    private final PreparedStatement hideItems;

    LegacyWrites(Connection connection) throws SQLException {
        rows = new ResultRows(connection);
        deleteScores = connection.prepareStatement("delete from response_score where response_id = ?");
        insertScore = connection.prepareStatement(
                "insert into response_score (response_id, scope, score_key, score) values (?, ?, ?, ?)");
        updateResponse = connection.prepareStatement(
                "update response set rules_version = ?, overall = ?, band = ? where id = ?");
        deleteResultScores = connection.prepareStatement("delete from round_result_score where round_id = ?");
        deleteResult = connection.prepareStatement("delete from round_result where round_id = ?");
        keep = connection.prepareStatement("update round_result set mode = ?, label = ?, rules_version = ?,"
                + " min_responses = ?, manager_held_counted = ?, through_manager_held = ?, band_min = ?,"
                + " complete = false where round_id = ?");
        hideItems = connection.prepareStatement(
                "update round_result_score set hidden = true where round_id = ? and scope = 'ITEM'");
    }

    /** A response's scores as it has just been scored (rules version 1). */
    void scores(Submitted response) throws SQLException {
        deleteScores.setLong(1, response.id);
        deleteScores.addBatch();
        for (var category : response.scores.categories().entrySet()) {
            score(response.id, ScoreScope.CATEGORY, category.getKey(), category.getValue());
        }
        for (var item : response.scores.items().entrySet()) {
            score(response.id, ScoreScope.ITEM, item.getKey(), item.getValue());
        }
        updateResponse.setInt(1, response.scores.rulesVersion());
        updateResponse.setBigDecimal(2, response.scores.overall());
        updateResponse.setString(3, response.scores.band());
        updateResponse.setLong(4, response.id);
        updateResponse.addBatch();
    }

    /** Removes a stored result, now, for its complete record to take its place. */
    void replace(long roundId) throws SQLException {
        deleteResultScores.setLong(1, roundId);
        deleteResultScores.executeUpdate();
        deleteResult.setLong(1, roundId);
        deleteResult.executeUpdate();
    }

    /** Keeps a stored result as it was shown, without per-question details, marked incomplete. */
    void keep(LegacyResult stored, int minimum, int throughManagerHeld, Integer bandMin) throws SQLException {
        long roundId = stored.facts().roundId();
        keep.setString(1, stored.facts().mode().name());
        keep.setString(2, stored.facts().label());
        keep.setInt(3, 1);
        keep.setInt(4, minimum);
        keep.setBoolean(5, true);
        keep.setInt(6, throughManagerHeld);
        keep.setObject(7, bandMin, Types.INTEGER);
        keep.setLong(8, roundId);
        keep.executeUpdate();
        hideItems.setLong(1, roundId);
        hideItems.executeUpdate();
    }

    private void score(long responseId, ScoreScope scope, String key, BigDecimal score) throws SQLException {
        insertScore.setLong(1, responseId);
        insertScore.setString(2, scope.name());
        insertScore.setString(3, key);
        if (score == null) {
            insertScore.setNull(4, Types.NUMERIC);
        } else {
            insertScore.setBigDecimal(4, score);
        }
        insertScore.addBatch();
    }

    /** Sends the batches of a round: the responses' scores, then its new record. */
    void flush() throws SQLException {
        deleteScores.executeBatch();
        insertScore.executeBatch();
        updateResponse.executeBatch();
        rows.flush();
    }

    @Override
    public void close() throws SQLException {
        rows.close();
        for (PreparedStatement statement :
                List.of(deleteScores, insertScore, updateResponse, deleteResultScores, deleteResult, keep, hideItems)) {
            statement.close();
        }
    }
}
