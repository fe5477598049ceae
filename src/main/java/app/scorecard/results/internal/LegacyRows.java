package app.scorecard.results.internal;

import app.scorecard.results.CalculatedResult;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.sql.Connection;
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
import java.util.Objects;
import java.util.TreeMap;

/**
 * What migration 11 reads, with plain SQL (JPA is not running yet): every version's scoring model, every submitted
 * response with its answers, and every result as the previous schema stored it.
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
            return new SubmittedResponse(kind, values, comments, scores);
        }
    }

    /** A result as the previous schema stored it, with the numbers to check a recomputation against. */
    record Stored(
            FinishedRoundFacts facts,
            int respondents,
            boolean shown,
            BigDecimal overall,
            String band,
            Instant closedAt,
            LocalDate closesOn,
            Map<String, ScoreStat> scores) {

        /** Submitted while the round was open, as {@code Round.accepts} decided it then. */
        boolean accepts(Submitted response) {
            boolean beforeClosing = closedAt == null || !response.submittedAt.isAfter(closedAt);
            boolean beforeDate = closesOn == null
                    || response.submittedAt.isBefore(
                            closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            return beforeClosing && beforeDate;
        }

        /**
         * Whether a recomputation gives the numbers that were shown: the same counts, and the same scores and band to
         * the last digit. Means and variances (sums of doubles, whose last bits depend on the order they were added
         * in) need only agree to nine significant digits.
         */
        boolean matches(CalculatedResult calculated) {
            if (calculated.respondents() != respondents || calculated.shown() != shown) {
                return false;
            }
            if (!shown) {
                return true;
            }
            Map<String, ScoreStat> recomputed = new HashMap<>();
            recomputed.put(ScoreScope.OVERALL + ":" + ScoreScope.OVERALL_KEY, calculated.overallStat());
            for (CategoryRow category : calculated.categories()) {
                recomputed.put(ScoreScope.CATEGORY + ":" + category.key(), category.stat());
            }
            for (ItemRow item : calculated.items()) {
                recomputed.put(ScoreScope.ITEM + ":" + item.key(), item.stat());
            }
            if (!sameNumber(overall, calculated.overall())
                    || !Objects.equals(
                            band,
                            calculated.band() == null ? null : calculated.band().label())
                    || !scores.keySet().equals(recomputed.keySet())) {
                return false;
            }
            return scores.entrySet().stream()
                    .allMatch(entry -> sameStat(entry.getValue(), recomputed.get(entry.getKey())));
        }

        private static boolean sameStat(ScoreStat stored, ScoreStat recomputed) {
            return sameNumber(stored.score(), recomputed.score())
                    && stored.answered() == recomputed.answered()
                    && close(stored.mean(), recomputed.mean())
                    && close(stored.variance(), recomputed.variance());
        }

        private static boolean sameNumber(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        private static boolean close(Double a, Double b) {
            if (a == null || b == null) {
                return a == b;
            }
            return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
        }
    }

    /** Every submitted response with its answers, by round, each round's in the order they were stored. */
    static Map<Long, List<Submitted>> submittedResponses(Connection connection) throws SQLException {
        Map<Long, Submitted> responses = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select r.id, r.round_id, a.question_set_version_id,"
                        + " r.respondent_kind, r.submitted_at from response r"
                        + " join assessment_round a on a.id = r.round_id where r.status = 'SUBMITTED'")) {
            while (rows.next()) {
                responses.put(
                        rows.getLong(1),
                        new Submitted(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getLong(3),
                                RespondentKind.valueOf(rows.getString(4)),
                                rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select a.response_id, a.question_key, a.answer_value,"
                        + " a.not_applicable, a.comment from response_answer a join response r on r.id = a.response_id"
                        + " where r.status = 'SUBMITTED' order by a.response_id, a.question_key")) {
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
        Map<Long, List<Submitted>> byRound = new HashMap<>();
        responses
                .values()
                .forEach(response -> byRound.computeIfAbsent(response.roundId, id -> new ArrayList<>())
                        .add(response));
        return byRound;
    }

    static List<Stored> storedResults(Connection connection) throws SQLException {
        Map<Long, Stored> results = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select r.round_id, r.team_id, a.mode, a.label, r.set_key,"
                        + " r.version_id, r.finished_at, r.respondents, r.shown, r.overall, r.band, a.closed_at,"
                        + " a.closes_on from round_result r join assessment_round a on a.id = r.round_id")) {
            while (rows.next()) {
                FinishedRoundFacts facts = new FinishedRoundFacts(
                        rows.getLong(1),
                        rows.getLong(2),
                        RoundMode.valueOf(rows.getString(3)),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getLong(6),
                        rows.getObject(7, OffsetDateTime.class).toInstant());
                OffsetDateTime closedAt = rows.getObject(12, OffsetDateTime.class);
                results.put(
                        facts.roundId(),
                        new Stored(
                                facts,
                                rows.getInt(8),
                                rows.getBoolean(9),
                                rows.getBigDecimal(10),
                                rows.getString(11),
                                closedAt == null ? null : closedAt.toInstant(),
                                rows.getObject(13, LocalDate.class),
                                new HashMap<>()));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select round_id, scope, score_key, score, answered, mean,"
                        + " variance from round_result_score")) {
            while (rows.next()) {
                results.get(rows.getLong(1))
                        .scores()
                        .put(
                                rows.getString(2) + ":" + rows.getString(3),
                                new ScoreStat(
                                        rows.getBigDecimal(4), rows.getInt(5), (Double) rows.getObject(6), (Double)
                                                rows.getObject(7)));
            }
        }
        return new ArrayList<>(results.values());
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
