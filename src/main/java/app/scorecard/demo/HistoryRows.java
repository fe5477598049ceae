package app.scorecard.assessment;

import app.scorecard.assessment.internal.ResultScore;
import app.scorecard.assessment.internal.ScoreScope;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The batched JDBC statements that write a generated history: exactly the rows the app writes itself, many at a
 * time. One instance per transaction; close it to release the statements.
 */
final class HistoryRows implements AutoCloseable {

    private final SecureRandom tokens = new SecureRandom();
    private final PreparedStatement round;
    private final PreparedStatement invitation;
    private final PreparedStatement response;
    private final PreparedStatement answer;
    private final PreparedStatement responseScore;
    private final PreparedStatement result;
    private final PreparedStatement resultScore;

    HistoryRows(Connection connection) throws SQLException {
        round = connection.prepareStatement(
                "insert into assessment_round (team_id, question_set_version_id, mode, label, status, created_by,"
                        + " created_at, closed_at, lock_version) values (?, ?, 'TEAM', ?, 'CLOSED', ?, ?, ?, 1)",
                new String[] {"id"});
        invitation = connection.prepareStatement(
                "insert into invitation (round_id, name, token, created_at) values (?, ?, ?, ?)", new String[] {"id"});
        response = connection.prepareStatement(
                "insert into response (round_id, invitation_id, status, submission_id, created_at, updated_at,"
                        + " submitted_at, lock_version) values (?, ?, 'SUBMITTED', ?, ?, ?, ?, 1)",
                new String[] {"id"});
        answer = connection.prepareStatement("insert into response_answer"
                + " (response_id, question_key, answer_value, not_applicable) values (?, ?, ?, ?)");
        responseScore = connection.prepareStatement(
                "insert into response_score (response_id, scope, score_key, score) values (?, ?, ?, ?)");
        result = connection.prepareStatement("insert into round_result (round_id, team_id, set_key, version_id,"
                + " finished_at, respondents, shown, overall, band) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        resultScore = connection.prepareStatement("insert into round_result_score"
                + " (round_id, scope, score_key, score, answered, mean, variance) values (?, ?, ?, ?, ?, ?, ?)");
    }

    void round(long teamId, long versionId, String label, long managerId, OffsetDateTime closed) throws SQLException {
        round.setLong(1, teamId);
        round.setLong(2, versionId);
        round.setString(3, label);
        round.setLong(4, managerId);
        round.setObject(5, closed.minusDays(30));
        round.setObject(6, closed);
        round.addBatch();
    }

    List<Long> flushRounds() throws SQLException {
        round.executeBatch();
        return keys(round);
    }

    void invitation(long roundId, String name, OffsetDateTime created) throws SQLException {
        byte[] bytes = new byte[32];
        tokens.nextBytes(bytes);
        invitation.setLong(1, roundId);
        invitation.setString(2, name);
        invitation.setString(3, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        invitation.setObject(4, created);
        invitation.addBatch();
    }

    List<Long> flushInvitations() throws SQLException {
        invitation.executeBatch();
        return keys(invitation);
    }

    void response(long roundId, long invitationId, OffsetDateTime submitted) throws SQLException {
        response.setLong(1, roundId);
        response.setLong(2, invitationId);
        response.setString(3, UUID.randomUUID().toString());
        response.setObject(4, submitted.minusDays(10));
        response.setObject(5, submitted);
        response.setObject(6, submitted);
        response.addBatch();
    }

    List<Long> flushResponses() throws SQLException {
        response.executeBatch();
        return keys(response);
    }

    void answer(long responseId, String questionKey, Integer value) throws SQLException {
        answer.setLong(1, responseId);
        answer.setString(2, questionKey);
        if (value == null) {
            answer.setNull(3, Types.INTEGER);
        } else {
            answer.setInt(3, value);
        }
        answer.setBoolean(4, value == null);
        answer.addBatch();
    }

    void responseScore(long responseId, ScoreScope scope, String key, BigDecimal score) throws SQLException {
        responseScore.setLong(1, responseId);
        responseScore.setString(2, scope.name());
        responseScore.setString(3, key);
        decimal(responseScore, 4, score);
        responseScore.addBatch();
    }

    void flushAnswers() throws SQLException {
        answer.executeBatch();
        responseScore.executeBatch();
    }

    void result(
            long roundId,
            long teamId,
            String setKey,
            long versionId,
            OffsetDateTime finished,
            int respondents,
            boolean shown,
            BigDecimal overall,
            String band)
            throws SQLException {
        result.setLong(1, roundId);
        result.setLong(2, teamId);
        result.setString(3, setKey);
        result.setLong(4, versionId);
        result.setObject(5, finished);
        result.setInt(6, respondents);
        result.setBoolean(7, shown);
        decimal(result, 8, overall);
        if (band == null) {
            result.setNull(9, Types.VARCHAR);
        } else {
            result.setString(9, band);
        }
        result.executeUpdate();
    }

    void resultScore(long roundId, ResultScore score) throws SQLException {
        resultScore.setLong(1, roundId);
        resultScore.setString(2, score.scope().name());
        resultScore.setString(3, score.key());
        decimal(resultScore, 4, score.score());
        resultScore.setInt(5, score.answered());
        real(resultScore, 6, score.mean());
        real(resultScore, 7, score.variance());
        resultScore.addBatch();
    }

    void flushResultScores() throws SQLException {
        resultScore.executeBatch();
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

    private static List<Long> keys(PreparedStatement statement) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (ResultSet generated = statement.getGeneratedKeys()) {
            while (generated.next()) {
                keys.add(generated.getLong(1));
            }
        }
        return keys;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement :
                List.of(round, invitation, response, answer, responseScore, result, resultScore)) {
            statement.close();
        }
    }
}
