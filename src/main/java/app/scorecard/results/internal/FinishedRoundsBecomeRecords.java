package app.scorecard.results.internal;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ResultCalculator;
import app.scorecard.results.ResultRows;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 11: turns the rounds finished before results were records into records, once. Every submitted response
 * gets who gave it (a self-assessment's manager; a team round's respondent by their role in the team today — the best
 * knowledge there is — and every earlier link as manager-held, which is what they were), its scores per question too,
 * and the rules version (1). Every stored result is completed: a self-assessment's from its response; a team round's
 * from the responses it counted, as long as counting them again gives exactly the stored numbers. Where it does not
 * (someone's role changed after the round closed), the stored numbers stay as they were shown and the per-question
 * details are not recorded, rather than guessed. Runs with the anonymity minimum configured now, and counts earlier
 * manager-held links, as the results did before.
 */
@Component
public class FinishedRoundsBecomeRecords implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(FinishedRoundsBecomeRecords.class);
    private static final int RULES_VERSION = 1;

    private final int minimum;
    private final ResultCalculator calculator = new ResultCalculator(RULES_VERSION);
    private final ScoringService rules = ScoringService.forRulesVersion(RULES_VERSION);

    public FinishedRoundsBecomeRecords(AnonymityPolicy anonymity) {
        this.minimum = anonymity.minimum();
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "finished rounds become records";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update response set respondent_kind = 'MANAGER' where status = 'SUBMITTED'"
                    + " and round_id in (select id from assessment_round where mode = 'SELF')");
            statement.executeUpdate("update response set respondent_kind = 'MANAGER_HELD_LINK'"
                    + " where status = 'SUBMITTED' and invitation_id is not null");
            statement.executeUpdate("update response set respondent_kind = case when exists ("
                    + " select 1 from team_member m join assessment_round a on a.team_id = m.team_id"
                    + " where a.id = response.round_id and m.account_id = response.account_id"
                    + " and m.team_role = 'MANAGER') then 'MANAGER' else 'MEMBER' end"
                    + " where status = 'SUBMITTED' and account_id is not null and respondent_kind is null");
        }
        Map<Long, ScoringModel> models = models(connection);
        Map<Long, List<Submitted>> byRound = rescoreResponses(connection, models);
        int[] counts = recordResults(connection, models, byRound);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from response_score where scope = 'OVERALL'");
            statement.execute("alter table response_score add constraint ck_response_score_scope"
                    + " check (scope in ('CATEGORY', 'ITEM'))");
            for (String column : List.of(
                    "mode",
                    "label",
                    "rules_version",
                    "min_responses",
                    "manager_held_counted",
                    "through_manager_held")) {
                statement.execute("alter table round_result alter column " + column + " set not null");
            }
        }
        log.info(
                "Recorded {} earlier results in full; kept {} as they were shown, without per-question details",
                counts[0],
                counts[1]);
    }

    /** Every submitted response scored once more, its scores stored per question too; returned by round. */
    private Map<Long, List<Submitted>> rescoreResponses(Connection connection, Map<Long, ScoringModel> models)
            throws SQLException {
        Map<Long, Submitted> responses = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select r.id, r.round_id, a.question_set_version_id,"
                        + " r.respondent_kind, r.submitted_at, r.account_id from response r"
                        + " join assessment_round a on a.id = r.round_id where r.status = 'SUBMITTED'")) {
            while (rows.next()) {
                responses.put(
                        rows.getLong(1),
                        new Submitted(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getLong(3),
                                RespondentKind.valueOf(rows.getString(4)),
                                rows.getObject(5, OffsetDateTime.class).toInstant(),
                                (Long) rows.getObject(6),
                                new HashMap<>(),
                                new ArrayList<>()));
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select a.response_id, a.question_key, a.answer_value,"
                        + " a.not_applicable, a.comment from response_answer a join response r on r.id = a.response_id"
                        + " where r.status = 'SUBMITTED'")) {
            while (rows.next()) {
                Submitted response = responses.get(rows.getLong(1));
                Integer value = (Integer) rows.getObject(3);
                if (value != null || rows.getBoolean(4)) {
                    response.values().put(rows.getString(2), value);
                }
                if (rows.getString(5) != null) {
                    response.comments().add(rows.getString(5));
                }
            }
        }
        Map<Long, List<Submitted>> byRound = new HashMap<>();
        try (PreparedStatement delete =
                        connection.prepareStatement("delete from response_score where response_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into response_score (response_id, scope, score_key, score) values (?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "update response set rules_version = ?, overall = ?, band = ? where id = ?")) {
            for (Submitted response : responses.values()) {
                ScoringModel model = models.get(response.versionId());
                response.scores = ResponseScores.of(RULES_VERSION, rules.score(model, response.values()));
                delete.setLong(1, response.id());
                delete.addBatch();
                for (var category : response.scores.categories().entrySet()) {
                    scoreRow(insert, response.id(), ScoreScope.CATEGORY, category.getKey(), category.getValue());
                }
                for (var item : response.scores.items().entrySet()) {
                    scoreRow(insert, response.id(), ScoreScope.ITEM, item.getKey(), item.getValue());
                }
                update.setInt(1, RULES_VERSION);
                update.setBigDecimal(2, response.scores.overall());
                update.setString(3, response.scores.band());
                update.setLong(4, response.id());
                update.addBatch();
                byRound.computeIfAbsent(response.roundId(), id -> new ArrayList<>())
                        .add(response);
            }
            delete.executeBatch();
            insert.executeBatch();
            update.executeBatch();
        }
        return byRound;
    }

    /** @return how many results were recorded in full, and how many kept as shown without details */
    private int[] recordResults(
            Connection connection, Map<Long, ScoringModel> models, Map<Long, List<Submitted>> byRound)
            throws SQLException {
        List<Stored> stored = storedResults(connection);
        int[] counts = new int[2];
        SecureRandom shuffle = new SecureRandom();
        try (ResultRows rows = new ResultRows(connection);
                PreparedStatement deleteScores =
                        connection.prepareStatement("delete from round_result_score where round_id = ?");
                PreparedStatement deleteResult =
                        connection.prepareStatement("delete from round_result where round_id = ?");
                PreparedStatement keep = connection.prepareStatement("update round_result set mode = ?, label = ?,"
                        + " rules_version = ?, min_responses = ?, manager_held_counted = ?, through_manager_held = ?,"
                        + " band_min = ?, complete = false where round_id = ?");
                PreparedStatement hideItems = connection.prepareStatement(
                        "update round_result_score set hidden = true where round_id = ? and scope = 'ITEM'")) {
            for (Stored result : stored) {
                ScoringModel model = models.get(result.facts().versionId());
                List<Submitted> submitted = byRound.getOrDefault(result.facts().roundId(), List.of()).stream()
                        .filter(result::accepts)
                        .toList();
                CalculatedResult calculated = calculate(result, model, submitted, shuffle);
                if (calculated != null && result.matches(calculated)) {
                    deleteScores.setLong(1, result.facts().roundId());
                    deleteScores.executeUpdate();
                    deleteResult.setLong(1, result.facts().roundId());
                    deleteResult.executeUpdate();
                    rows.add(
                            result.facts(),
                            calculated,
                            RULES_VERSION,
                            minimum,
                            result.facts().mode() == RoundMode.TEAM);
                    counts[0]++;
                    continue;
                }
                log.warn(
                        "Round {}: its responses no longer give the numbers it showed (a role changed after it closed);"
                                + " its result is kept as shown, without per-question details",
                        result.facts().roundId());
                keep.setString(1, result.facts().mode().name());
                keep.setString(2, result.facts().label());
                keep.setInt(3, RULES_VERSION);
                keep.setInt(4, minimum);
                keep.setBoolean(5, true);
                keep.setInt(6, (int) submitted.stream()
                        .filter(response -> response.kind() == RespondentKind.MANAGER_HELD_LINK)
                        .count());
                keep.setObject(7, bandMin(model, result.band()));
                keep.setLong(8, result.facts().roundId());
                keep.executeUpdate();
                hideItems.setLong(1, result.facts().roundId());
                hideItems.executeUpdate();
                counts[1]++;
            }
            rows.flush();
        }
        return counts;
    }

    private CalculatedResult calculate(
            Stored result, ScoringModel model, List<Submitted> submitted, SecureRandom shuffle) {
        List<SubmittedResponse> responses =
                submitted.stream().map(Submitted::toSubmitted).toList();
        if (result.facts().mode() == RoundMode.SELF) {
            return responses.stream()
                    .filter(response -> response.kind() == RespondentKind.MANAGER)
                    .findFirst()
                    .map(response -> calculator.selfAssessment(model, response))
                    .orElse(null);
        }
        return calculator.teamRound(model, responses, minimum, true, shuffle);
    }

    private static Integer bandMin(ScoringModel model, String label) {
        return model.bands().stream()
                .filter(band -> band.label().equals(label))
                .map(band -> band.min())
                .findFirst()
                .orElse(null);
    }

    private static List<Stored> storedResults(Connection connection) throws SQLException {
        Map<Long, Stored> results = new HashMap<>();
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
                Stored result = results.get(rows.getLong(1));
                result.scores()
                        .put(
                                rows.getString(2) + ":" + rows.getString(3),
                                new ScoreStat(
                                        rows.getBigDecimal(4), rows.getInt(5), (Double) rows.getObject(6), (Double)
                                                rows.getObject(7)));
            }
        }
        return new ArrayList<>(results.values());
    }

    /** The scoring model of every version, read with plain SQL (JPA is not running yet). */
    private static Map<Long, ScoringModel> models(Connection connection) throws SQLException {
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

    private static void scoreRow(
            PreparedStatement insert, long responseId, ScoreScope scope, String key, BigDecimal score)
            throws SQLException {
        insert.setLong(1, responseId);
        insert.setString(2, scope.name());
        insert.setString(3, key);
        if (score == null) {
            insert.setNull(4, Types.NUMERIC);
        } else {
            insert.setBigDecimal(4, score);
        }
        insert.addBatch();
    }

    /** A submitted response as this migration reads it. */
    private static final class Submitted {

        private final long id;
        private final long roundId;
        private final long versionId;
        private final RespondentKind kind;
        private final Instant submittedAt;
        private final Long accountId;
        private final Map<String, Integer> values;
        private final List<String> comments;
        private ResponseScores scores;

        Submitted(
                long id,
                long roundId,
                long versionId,
                RespondentKind kind,
                Instant submittedAt,
                Long accountId,
                Map<String, Integer> values,
                List<String> comments) {
            this.id = id;
            this.roundId = roundId;
            this.versionId = versionId;
            this.kind = kind;
            this.submittedAt = submittedAt;
            this.accountId = accountId;
            this.values = values;
            this.comments = comments;
        }

        long id() {
            return id;
        }

        long roundId() {
            return roundId;
        }

        long versionId() {
            return versionId;
        }

        RespondentKind kind() {
            return kind;
        }

        Map<String, Integer> values() {
            return values;
        }

        List<String> comments() {
            return comments;
        }

        SubmittedResponse toSubmitted() {
            return new SubmittedResponse(kind, values, comments, scores);
        }
    }

    /** A result as it was stored before, with the stored numbers to check a recomputation against. */
    private record Stored(
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

        /** Whether a recomputation gives exactly the numbers that were shown. */
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
            return Objects.equals(numeric(overall), numeric(calculated.overall()))
                    && Objects.equals(
                            band,
                            calculated.band() == null ? null : calculated.band().label())
                    && sameStats(scores, recomputed);
        }

        private static boolean sameStats(Map<String, ScoreStat> stored, Map<String, ScoreStat> recomputed) {
            if (!stored.keySet().equals(recomputed.keySet())) {
                return false;
            }
            for (var entry : stored.entrySet()) {
                ScoreStat a = entry.getValue();
                ScoreStat b = recomputed.get(entry.getKey());
                if (!Objects.equals(numeric(a.score()), numeric(b.score()))
                        || a.answered() != b.answered()
                        || !Objects.equals(a.mean(), b.mean())
                        || !Objects.equals(a.variance(), b.variance())) {
                    return false;
                }
            }
            return true;
        }

        private static BigDecimal numeric(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }
}
