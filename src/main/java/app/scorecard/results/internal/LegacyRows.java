package app.scorecard.results.internal;

import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What migration 11 reads, with plain SQL (JPA is not running yet): every version's scoring model, and round by round
 * the submitted responses with their answers and the result as the previous schema stored it.
 */
final class LegacyRows {

    private LegacyRows() {}

    /** A submitted response as the migration reads it; its scores are set once it is scored afresh. */
    static final class Submitted {

        final long id;
        final long roundId;
        final long versionId;
        final RespondentKind kind;
        final Instant submittedAt;
        final Map<String, Integer> values = new HashMap<>();
        final List<String> comments = new ArrayList<>();
        ResponseScores scores;

        Submitted(long id, long roundId, long versionId, RespondentKind kind, Instant submittedAt) {
            this.id = id;
            this.roundId = roundId;
            this.versionId = versionId;
            this.kind = kind;
            this.submittedAt = submittedAt;
        }

        SubmittedResponse toSubmitted() {
            return new SubmittedResponse(id, kind, values, comments, scores);
        }
    }

    /** A round as the migration reads it. */
    record LegacyRound(
            long id,
            long teamId,
            RoundMode mode,
            String label,
            long versionId,
            boolean closed,
            Instant closedAt,
            LocalDate closesOn) {

        /** Submitted while the round was open, as {@code Round.accepts} decides it. */
        boolean accepts(Submitted response) {
            boolean beforeClosing = closedAt == null || !response.submittedAt.isAfter(closedAt);
            boolean beforeDate = closesOn == null
                    || response.submittedAt.isBefore(
                            closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            return beforeClosing && beforeDate;
        }

        /** When it stopped taking answers, as {@code Round.closingInstant} says. */
        Instant closingInstant() {
            return closedAt != null
                    ? closedAt
                    : closesOn == null
                            ? null
                            : closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    /** Every round, oldest first. */
    static List<LegacyRound> rounds(Connection connection) throws SQLException {
        List<LegacyRound> rounds = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, team_id, mode, label, question_set_version_id,"
                        + " status, closed_at, closes_on from assessment_round order by id")) {
            while (rows.next()) {
                OffsetDateTime closedAt = rows.getObject(7, OffsetDateTime.class);
                rounds.add(new LegacyRound(
                        rows.getLong(1),
                        rows.getLong(2),
                        RoundMode.valueOf(rows.getString(3)),
                        rows.getString(4),
                        rows.getLong(5),
                        rows.getString(6).equals("CLOSED"),
                        closedAt == null ? null : closedAt.toInstant(),
                        rows.getObject(8, LocalDate.class)));
            }
        }
        return rounds;
    }

    /** A round's submitted responses with their answers, in the order they were stored. */
    static List<Submitted> submitted(Connection connection, LegacyRound round) throws SQLException {
        Map<Long, Submitted> responses = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select id, respondent_kind, submitted_at"
                + " from response where round_id = ? and status = 'SUBMITTED'")) {
            statement.setLong(1, round.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    responses.put(
                            rows.getLong(1),
                            new Submitted(
                                    rows.getLong(1),
                                    round.id(),
                                    round.versionId(),
                                    RespondentKind.valueOf(rows.getString(2)),
                                    rows.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("select a.response_id, a.question_key,"
                + " a.answer_value, a.not_applicable, a.comment from response_answer a join response r on r.id ="
                + " a.response_id where r.round_id = ? and r.status = 'SUBMITTED' order by a.response_id,"
                + " a.question_key")) {
            statement.setLong(1, round.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Submitted response = responses.get(rows.getLong(1));
                    Integer value = (Integer) rows.getObject(3);
                    if (value != null || rows.getBoolean(4)) {
                        response.values.put(rows.getString(2), value);
                    }
                    if (rows.getString(5) != null) {
                        response.comments.add(rows.getString(5));
                    }
                }
            }
        }
        return new ArrayList<>(responses.values());
    }

    /** The result the previous schema stored for a round, if it has one. */
    static LegacyResult storedResult(Connection connection, LegacyRound round) throws SQLException {
        LegacyResult stored = null;
        try (PreparedStatement statement = connection.prepareStatement("select set_key, finished_at, respondents,"
                + " shown, overall, band from round_result where round_id = ?")) {
            statement.setLong(1, round.id());
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    stored = new LegacyResult(
                            new FinishedRoundFacts(
                                    round.id(),
                                    round.teamId(),
                                    round.mode(),
                                    round.label(),
                                    rows.getString(1),
                                    round.versionId(),
                                    rows.getObject(2, OffsetDateTime.class).toInstant(),
                                    round.mode() == RoundMode.TEAM),
                            rows.getInt(3),
                            rows.getBoolean(4),
                            rows.getBigDecimal(5),
                            rows.getString(6),
                            new HashMap<>());
                }
            }
        }
        if (stored == null) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("select scope, score_key, score, answered,"
                + " mean, variance from round_result_score where round_id = ?")) {
            statement.setLong(1, round.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.scores()
                            .put(
                                    rows.getString(1) + ":" + rows.getString(2),
                                    new ScoreStat(
                                            rows.getBigDecimal(3), rows.getInt(4), (Double) rows.getObject(5), (Double)
                                                    rows.getObject(6)));
                }
            }
        }
        return stored;
    }

    /** The key of the question set of a version. */
    static String setKey(Connection connection, long versionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select s.set_key from question_set s"
                + " join question_set_version v on v.question_set_id = s.id where v.id = ?")) {
            statement.setLong(1, versionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The scoring model of every version that has one (published versions always do). */
    static Map<Long, ScoringModel> models(Connection connection) throws SQLException {
        Map<Long, List<Band>> bands = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version_id, min_score, label from score_band order by version_id, min_score")) {
            while (rows.next()) {
                bands.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new Band(rows.getInt(2), rows.getString(3)));
            }
        }
        Map<Long, List<ItemRule>> items = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select category_id, question_key, weight, reverse_scored"
                        + " from question order by category_id, sort_order")) {
            while (rows.next()) {
                items.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new ItemRule(rows.getString(2), rows.getBigDecimal(3), rows.getBoolean(4)));
            }
        }
        Map<Long, List<CategoryRule>> categories = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, version_id, category_key, weight from category"
                        + " order by version_id, sort_order")) {
            while (rows.next()) {
                List<ItemRule> rules = items.getOrDefault(rows.getLong(1), List.of());
                if (!rules.isEmpty()) {
                    categories
                            .computeIfAbsent(rows.getLong(2), id -> new ArrayList<>())
                            .add(new CategoryRule(rows.getString(3), rows.getBigDecimal(4), rules));
                }
            }
        }
        Map<Long, ScoringModel> models = new HashMap<>();
        categories.forEach((versionId, rules) -> {
            List<Band> versionBands = bands.get(versionId);
            if (versionBands != null
                    && !versionBands.isEmpty()
                    && versionBands.get(0).min() == 0) {
                models.put(versionId, new ScoringModel(rules, versionBands));
            }
        });
        return models;
    }
}
