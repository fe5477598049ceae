package app.scorecard.demo;

import app.scorecard.results.ResponseScores;
import app.scorecard.results.ScoreScope;
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
 * The batched JDBC statements that write a generated history's rounds and responses: exactly the rows the app writes
 * itself, many at a time (the rounds' results go through {@link app.scorecard.results.ResultRows}). One instance per
 * transaction; close it to release the statements.
 */
final class HistoryRows implements AutoCloseable {

    private final SecureRandom tokens = new SecureRandom();
    private final PreparedStatement round;
    private final PreparedStatement invitation;
    private final PreparedStatement response;
    private final PreparedStatement answer;
    private final PreparedStatement responseScore;

    HistoryRows(Connection connection) throws SQLException {
        round = connection.prepareStatement(
                "insert into assessment_round (team_id, question_set_version_id, mode, label, status, created_by,"
                        + " created_at, closed_at, lock_version) values (?, ?, 'TEAM', ?, 'CLOSED', ?, ?, ?, 1)",
                new String[] {"id"});
        invitation = connection.prepareStatement(
                "insert into invitation (round_id, name, email, token, created_at) values (?, ?, ?, ?, ?)",
                new String[] {"id"});
        response = connection.prepareStatement(
                "insert into response (round_id, invitation_id, status, submission_id, created_at, updated_at,"
                        + " submitted_at, respondent_kind, rules_version, overall, band, band_before_cap,"
                        + " must_haves_met, lock_version)"
                        + " values (?, ?, 'SUBMITTED', ?, ?, ?, ?, 'INVITEE', ?, ?, ?, ?, ?, 1)",
                new String[] {"id"});
        answer = connection.prepareStatement("insert into response_answer"
                + " (response_id, question_key, answer_value, not_applicable) values (?, ?, ?, ?)");
        responseScore = connection.prepareStatement(
                "insert into response_score (response_id, scope, score_key, score) values (?, ?, ?, ?)");
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

    /** A link the app mailed (to an address that can never receive mail). */
    void invitation(long roundId, String name, String email, OffsetDateTime created) throws SQLException {
        byte[] bytes = new byte[32];
        tokens.nextBytes(bytes);
        invitation.setLong(1, roundId);
        invitation.setString(2, name);
        invitation.setString(3, email);
        invitation.setString(4, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        invitation.setObject(5, created);
        invitation.addBatch();
    }

    List<Long> flushInvitations() throws SQLException {
        invitation.executeBatch();
        return keys(invitation);
    }

    void response(long roundId, long invitationId, OffsetDateTime submitted, ResponseScores scores)
            throws SQLException {
        response.setLong(1, roundId);
        response.setLong(2, invitationId);
        response.setString(3, UUID.randomUUID().toString());
        response.setObject(4, submitted.minusDays(10));
        response.setObject(5, submitted);
        response.setObject(6, submitted);
        response.setInt(7, scores.rulesVersion());
        decimal(response, 8, scores.overall());
        if (scores.band() == null) {
            response.setNull(9, Types.VARCHAR);
        } else {
            response.setString(9, scores.band());
        }
        if (scores.mustHavesMet() == null) {
            response.setNull(10, Types.VARCHAR);
            response.setNull(11, Types.BOOLEAN);
        } else {
            if (scores.bandBeforeCap() == null) {
                response.setNull(10, Types.VARCHAR);
            } else {
                response.setString(10, scores.bandBeforeCap());
            }
            response.setBoolean(11, scores.mustHavesMet());
        }
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

    /** A response's scores per category and per question, as the questionnaire stores them. */
    void responseScores(long responseId, ResponseScores scores) throws SQLException {
        for (var category : scores.categories().entrySet()) {
            responseScore(responseId, ScoreScope.CATEGORY, category.getKey(), category.getValue());
        }
        for (var item : scores.items().entrySet()) {
            responseScore(responseId, ScoreScope.ITEM, item.getKey(), item.getValue());
        }
    }

    private void responseScore(long responseId, ScoreScope scope, String key, BigDecimal score) throws SQLException {
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

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
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
        for (PreparedStatement statement : List.of(round, invitation, response, answer, responseScore)) {
            statement.close();
        }
    }
}
