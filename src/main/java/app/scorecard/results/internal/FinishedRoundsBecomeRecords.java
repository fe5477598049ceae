package app.scorecard.results.internal;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ResultCalculator;
import app.scorecard.results.RoundMode;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.results.internal.LegacyRows.LegacyRound;
import app.scorecard.results.internal.LegacyRows.Submitted;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        int[] counts = new int[3];
        SecureRandom shuffle = new SecureRandom();
        // Round by round, so that memory holds one round's answers, however large the database.
        try (LegacyWrites writes = new LegacyWrites(connection)) {
            for (LegacyRound round : LegacyRows.rounds(connection)) {
                ScoringModel model = models.get(round.versionId());
                List<Submitted> submitted = LegacyRows.submitted(connection, round);
                if (model == null || submitted.isEmpty() && !round.closed()) {
                    continue;
                }
                for (Submitted response : submitted) {
                    response.scores = ResponseScores.of(RULES_VERSION, rules.score(model, response.values));
                    writes.scores(response);
                }
                List<Submitted> accepted =
                        submitted.stream().filter(round::accepts).toList();
                LegacyResult stored = LegacyRows.storedResult(connection, round);
                if (stored != null) {
                    counts[record(writes, stored, model, accepted, shuffle) ? 0 : 1]++;
                } else if (round.closed() && (round.mode() == RoundMode.TEAM || !accepted.isEmpty())) {
                    // finished before results were stored at all: recorded now, from what it counts today
                    FinishedRoundFacts facts = new FinishedRoundFacts(
                            round.id(),
                            round.teamId(),
                            round.mode(),
                            round.label(),
                            LegacyRows.setKey(connection, round.versionId()),
                            round.versionId(),
                            round.closingInstant(),
                            round.mode() == RoundMode.TEAM);
                    CalculatedResult calculated = calculate(facts, model, accepted, shuffle);
                    if (calculated != null) {
                        writes.rows.add(facts, calculated, RULES_VERSION, minimum, facts.managerHeldLinksCount());
                        counts[2]++;
                    }
                }
                writes.flush();
            }
        }
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
                "Recorded {} earlier results in full and {} that had none; kept {} as they were shown, without"
                        + " per-question details",
                counts[0],
                counts[2],
                counts[1]);
    }

    /**
     * Completes a stored result when its responses still give the numbers it showed; keeps it as shown otherwise.
     *
     * @return whether it was recorded in full
     */
    private boolean record(
            LegacyWrites writes,
            LegacyResult stored,
            ScoringModel model,
            List<Submitted> accepted,
            SecureRandom shuffle)
            throws SQLException {
        long roundId = stored.facts().roundId();
        CalculatedResult calculated = calculate(stored.facts(), model, accepted, shuffle);
        if (calculated != null && stored.matches(calculated)) {
            writes.replace(roundId);
            writes.rows.add(
                    stored.facts(),
                    calculated,
                    RULES_VERSION,
                    minimum,
                    stored.facts().managerHeldLinksCount());
            return true;
        }
        log.warn(
                "Round {}: its responses no longer give the numbers it showed (a role changed after it closed);"
                        + " its result is kept as shown, without per-question details",
                roundId);
        writes.keep(
                stored,
                minimum,
                (int) accepted.stream()
                        .filter(response -> response.kind == RespondentKind.MANAGER_HELD_LINK)
                        .count(),
                bandMin(model, stored.band()));
        return false;
    }

    private CalculatedResult calculate(
            FinishedRoundFacts facts, ScoringModel model, List<Submitted> accepted, SecureRandom shuffle) {
        List<SubmittedResponse> responses =
                accepted.stream().map(Submitted::toSubmitted).toList();
        if (facts.mode() == RoundMode.SELF) {
            return responses.stream()
                    .filter(response -> AnonymityPolicy.counts(RoundMode.SELF, response.kind(), false))
                    .findFirst()
                    .map(response -> calculator.selfAssessment(model, response))
                    .orElse(null);
        }
        return calculator.teamRound(model, responses, minimum, facts.managerHeldLinksCount(), shuffle);
    }

    private static Integer bandMin(ScoringModel model, String label) {
        return model.bands().stream()
                .filter(band -> band.label().equals(label))
                .map(band -> band.min())
                .findFirst()
                .orElse(null);
    }
}
