package app.scorecard.demo;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.CalculatedResult;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ResultCalculator;
import app.scorecard.results.ResultRows;
import app.scorecard.results.RoundMode;
import app.scorecard.results.SubmittedResponse;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a believable past: finished team rounds of existing teams, each answered by several people
 * through links the app mailed them, with their answers, their scores and the rounds' recorded results — the rows the
 * app would have written, through the same scoring rules and the same {@link ResultCalculator}. JDBC batches, one
 * transaction per team, so five million answers take minutes. For the demo's history and for benchmarks; never run
 * against real data.
 */
@Component
public class HistoryGenerator {

    private static final double NOT_APPLICABLE = 0.04;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final AnonymityPolicy anonymity;
    private final ScoringService scoring = ScoringService.forRulesVersion(ScoringService.RULES_VERSION);
    private final ResultCalculator calculator = new ResultCalculator(ScoringService.RULES_VERSION);

    HistoryGenerator(DataSource dataSource, TransactionTemplate transaction, AnonymityPolicy anonymity) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.anonymity = anonymity;
    }

    /**
     * @param lastRoundEnd the day the newest round closed; the others close one {@code spacing} earlier each
     * @param seed the same seed gives the same answers
     */
    public record Plan(
            List<Long> teamIds,
            long managerId,
            QuestionSetDefinition version,
            int rounds,
            int respondents,
            LocalDate lastRoundEnd,
            Period spacing,
            long seed) {}

    /** @return how many answers were written */
    public long generate(Plan plan) {
        Random random = new Random(plan.seed());
        long answers = 0;
        for (long teamId : plan.teamIds()) {
            long teamSeed = random.nextLong();
            Long written = transaction.execute(status -> team(plan, teamId, new Random(teamSeed)));
            answers += written == null ? 0 : written;
        }
        return answers;
    }

    private long team(Plan plan, long teamId, Random random) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (HistoryRows rows = new HistoryRows(connection);
                ResultRows results = new ResultRows(connection)) {
            long answers = rounds(rows, results, plan, teamId, random);
            results.flush();
            return answers;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the generated history of team " + teamId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private long rounds(HistoryRows rows, ResultRows results, Plan plan, long teamId, Random random)
            throws SQLException {
        QuestionSetDefinition version = plan.version();
        double[] base = new double[version.categories().size()];
        for (int c = 0; c < base.length; c++) {
            base[c] = 2.4 + random.nextDouble() * 1.8;
        }
        double drift = -0.03 + random.nextDouble() * 0.11;
        List<OffsetDateTime> closings = new ArrayList<>();
        for (int r = plan.rounds() - 1; r >= 0; r--) {
            // Count back from the day after, so quarters ending on the 31st stay on their last day.
            LocalDate end = plan.lastRoundEnd()
                    .plusDays(1)
                    .minus(plan.spacing().multipliedBy(r))
                    .minusDays(1);
            OffsetDateTime closed = end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            closings.add(closed);
            rows.round(teamId, version.versionId(), quarter(end), plan.managerId(), closed);
        }
        List<Long> roundIds = rows.flushRounds();
        long answers = 0;
        for (int r = 0; r < roundIds.size(); r++) {
            FinishedRoundFacts round = new FinishedRoundFacts(
                    roundIds.get(r),
                    teamId,
                    RoundMode.TEAM,
                    quarter(closings.get(r).minusDays(1).toLocalDate()),
                    version.key(),
                    version.versionId(),
                    closings.get(r).toInstant(),
                    false);
            answers += round(rows, results, plan, round, base, drift * r, random);
        }
        return answers;
    }

    private long round(
            HistoryRows rows,
            ResultRows results,
            Plan plan,
            FinishedRoundFacts round,
            double[] base,
            double drift,
            Random random)
            throws SQLException {
        QuestionSetDefinition version = plan.version();
        ScoringModel model = version.scoringModel();
        OffsetDateTime closed = round.finishedAt().atOffset(ZoneOffset.UTC);
        OffsetDateTime submitted = closed.minusDays(3);
        for (int p = 0; p < plan.respondents(); p++) {
            rows.invitation(
                    round.roundId(),
                    "Respondent " + (p + 1),
                    "respondent-" + (p + 1) + "@example.invalid",
                    submitted.minusDays(20));
        }
        List<Long> invitationIds = rows.flushInvitations();
        List<Map<String, Integer>> sheets = new ArrayList<>();
        List<ResponseScores> scored = new ArrayList<>();
        for (int p = 0; p < plan.respondents(); p++) {
            Map<String, Integer> sheet = sheet(version, base, drift, random);
            ResponseScores scores = ResponseScores.of(ScoringService.RULES_VERSION, scoring.score(model, sheet));
            sheets.add(sheet);
            scored.add(scores);
            rows.response(round.roundId(), invitationIds.get(p), submitted, scores);
        }
        List<Long> responseIds = rows.flushResponses();

        long answers = 0;
        List<SubmittedResponse> responses = new ArrayList<>();
        for (int p = 0; p < responseIds.size(); p++) {
            long responseId = responseIds.get(p);
            Map<String, Integer> sheet = sheets.get(p);
            responses.add(new SubmittedResponse(responseId, RespondentKind.INVITEE, sheet, List.of(), scored.get(p)));
            for (QuestionDefinition question : version.questions()) {
                rows.answer(responseId, question.key(), sheet.get(question.key()));
                answers++;
            }
            rows.responseScores(responseId, scored.get(p));
        }
        rows.flushAnswers();

        CalculatedResult result = calculator.teamRound(model, responses, anonymity.minimum(), false, random);
        results.add(round, result, ScoringService.RULES_VERSION, anonymity.minimum(), false);
        return answers;
    }

    /** One person's answers: the team's level in each category this round, their own leaning, and some noise. */
    private static Map<String, Integer> sheet(
            QuestionSetDefinition version, double[] base, double drift, Random random) {
        Map<String, Integer> sheet = new HashMap<>();
        double leaning = random.nextGaussian() * 0.5;
        int c = 0;
        for (CategoryDefinition category : version.categories()) {
            double level = base[c++] + drift;
            for (QuestionDefinition question : category.questions()) {
                if (random.nextDouble() < NOT_APPLICABLE) {
                    sheet.put(question.key(), null);
                    continue;
                }
                int value = (int) Math.max(1, Math.min(5, Math.round(level + leaning + random.nextGaussian() * 0.7)));
                sheet.put(question.key(), question.reverse() ? 6 - value : value);
            }
        }
        return sheet;
    }

    private static String quarter(LocalDate end) {
        return end.getYear() + " Q" + ((end.getMonthValue() - 1) / 3 + 1);
    }
}
