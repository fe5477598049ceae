package app.scorecard.results.internal;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ResultCalculator;
import app.scorecard.results.ResultRows;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.results.internal.LegacyRows.Stored;
import app.scorecard.results.internal.LegacyRows.Submitted;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
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
 * its overall score and band on its row, and the rules version (1). Every stored result is completed: a
 * self-assessment's from its response; a team round's from the responses it counted, as long as counting them again
 * gives the numbers it showed. Where it does not (someone's role changed after the round closed), the stored numbers
 * stay as they were shown and the per-question details are not recorded, rather than guessed. Runs with the anonymity
 * minimum configured now, and counts earlier manager-held links, as the results did before.
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
        Map<Long, ScoringModel> models = LegacyRows.models(connection);
        Map<Long, List<Submitted>> byRound = LegacyRows.submittedResponses(connection);
        rescore(connection, models, byRound);
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

    /** Every submitted response scored once more, its scores stored per question too, its overall on its row. */
    private void rescore(Connection connection, Map<Long, ScoringModel> models, Map<Long, List<Submitted>> byRound)
            throws SQLException {
        try (PreparedStatement delete =
                        connection.prepareStatement("delete from response_score where response_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into response_score (response_id, scope, score_key, score) values (?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "update response set rules_version = ?, overall = ?, band = ? where id = ?")) {
            for (List<Submitted> responses : byRound.values()) {
                for (Submitted response : responses) {
                    response.scores = ResponseScores.of(
                            RULES_VERSION, rules.score(models.get(response.versionId), response.values));
                    delete.setLong(1, response.id);
                    delete.addBatch();
                    for (var category : response.scores.categories().entrySet()) {
                        scoreRow(insert, response.id, ScoreScope.CATEGORY, category.getKey(), category.getValue());
                    }
                    for (var item : response.scores.items().entrySet()) {
                        scoreRow(insert, response.id, ScoreScope.ITEM, item.getKey(), item.getValue());
                    }
                    update.setInt(1, RULES_VERSION);
                    update.setBigDecimal(2, response.scores.overall());
                    update.setString(3, response.scores.band());
                    update.setLong(4, response.id);
                    update.addBatch();
                }
            }
            delete.executeBatch();
            insert.executeBatch();
            update.executeBatch();
        }
    }

    /** @return how many results were recorded in full, and how many kept as shown without details */
    private int[] recordResults(
            Connection connection, Map<Long, ScoringModel> models, Map<Long, List<Submitted>> byRound)
            throws SQLException {
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
            for (Stored result : LegacyRows.storedResults(connection)) {
                long roundId = result.facts().roundId();
                ScoringModel model = models.get(result.facts().versionId());
                List<Submitted> submitted = byRound.getOrDefault(roundId, List.of()).stream()
                        .filter(result::accepts)
                        .toList();
                CalculatedResult calculated = calculate(result, model, submitted, shuffle);
                if (calculated != null && result.matches(calculated)) {
                    deleteScores.setLong(1, roundId);
                    deleteScores.executeUpdate();
                    deleteResult.setLong(1, roundId);
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
                        roundId);
                keep.setString(1, result.facts().mode().name());
                keep.setString(2, result.facts().label());
                keep.setInt(3, RULES_VERSION);
                keep.setInt(4, minimum);
                keep.setBoolean(5, true);
                keep.setInt(6, (int) submitted.stream()
                        .filter(response -> response.kind == RespondentKind.MANAGER_HELD_LINK)
                        .count());
                keep.setObject(7, bandMin(model, result.band()), Types.INTEGER);
                keep.setLong(8, roundId);
                keep.executeUpdate();
                hideItems.setLong(1, roundId);
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
}
