package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.ResultVerifier.Check;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Properties of stored results, over random rounds: whatever a round's answers, its result stored through JPA and read
 * back from the database is what was calculated, and checking it against the same answers finds nothing. Each case
 * comes from its own seed, named in every failure; {@code -Dstored-results.seed=N} starts the run at seed N, so a
 * failing case is replayed first. Every case is written in a transaction that is rolled back: nothing stays in the
 * shared database.
 */
@ScorecardIntegrationTest
class StoredResultPropertyTests {

    private static final int TEAM_ROUNDS = 200;
    private static final int SELF_ASSESSMENTS = 100;

    @Autowired
    RoundResultRepository results;

    @Autowired
    ResultVerifier verifier;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    DemoPeople people;

    long versionId;
    long creator;

    @BeforeEach
    void aVersionAndACreatorForTheRoundsToPointAt() {
        versionId = questionBank.latestPublished("serve").versionId();
        creator = people.id("manager");
    }

    @Test
    void aStoredTeamRoundReadsBackAsCalculatedAndRecomputesWithoutADifference() {
        long first = firstSeed();
        int shown = 0;
        int withHiddenQuestions = 0;
        int withSeveralComments = 0;
        for (long seed = first; seed < first + TEAM_ROUNDS; seed++) {
            GeneratedRound round = GeneratedRound.teamRound(new Random(seed));
            long shuffle = seed;
            CalculatedResult calculated = assertStoredAndVerified(
                    seed,
                    round,
                    responses -> new ResultCalculator(ScoringService.RULES_VERSION)
                            .teamRound(
                                    round.model(),
                                    responses,
                                    round.minimum(),
                                    round.managerHeldCounted(),
                                    new Random(shuffle)));
            shown += calculated.shown() ? 1 : 0;
            withHiddenQuestions += calculated.items().stream().anyMatch(ItemRow::hidden) ? 1 : 0;
            withSeveralComments += calculated.comments().size() > 1 ? 1 : 0;
        }
        // the cases reached what can go wrong: shown results, hidden questions, several comments to keep in order
        assertThat(List.of(shown, withHiddenQuestions, withSeveralComments))
                .as("first seed " + first)
                .allMatch(cases -> cases > 0);
    }

    @Test
    void aStoredSelfAssessmentReadsBackAsCalculatedAndRecomputesWithoutADifference() {
        long first = firstSeed();
        for (long seed = first; seed < first + SELF_ASSESSMENTS; seed++) {
            GeneratedRound round = GeneratedRound.selfAssessment(new Random(seed));

            assertStoredAndVerified(
                    seed,
                    round,
                    responses -> new ResultCalculator(ScoringService.RULES_VERSION)
                            .selfAssessment(round.model(), responses.get(0)));
        }
    }

    /**
     * Stores the round's responses (each through a link of its own) and the result the calculation gives for them,
     * reads the record back and checks it.
     *
     * @return the calculated result
     */
    private CalculatedResult assertStoredAndVerified(
            long seed, GeneratedRound round, Function<List<SubmittedResponse>, CalculatedResult> calculation) {
        CalculatedResult[] calculatedHolder = new CalculatedResult[1];
        Outcome outcome = transaction.execute(status -> {
            status.setRollbackOnly();
            long team = insert(
                    "team",
                    Map.of(
                            "name",
                            "Generated " + seed,
                            "created_at",
                            Timestamp.from(Instant.now()),
                            "lock_version",
                            0));
            long roundId = insertRound(team, round.mode());
            List<SubmittedResponse> responses = new ArrayList<>();
            for (SubmittedResponse response : round.responses()) {
                responses.add(new SubmittedResponse(
                        insertResponse(roundId),
                        response.kind(),
                        response.values(),
                        response.comments(),
                        response.scores()));
            }
            CalculatedResult calculated = calculation.apply(responses);
            calculatedHolder[0] = calculated;
            results.saveAndFlush(RoundResult.of(
                    new FinishedRoundFacts(
                            roundId,
                            team,
                            round.mode(),
                            "Case " + seed,
                            "generated",
                            versionId,
                            Instant.now().truncatedTo(ChronoUnit.MILLIS),
                            round.managerHeldCounted()),
                    calculated,
                    ScoringService.RULES_VERSION,
                    round.minimum(),
                    round.managerHeldCounted()));
            entityManager.clear();
            CalculatedResult stored = results.findById(roundId).orElseThrow().toCalculated();
            return new Outcome(stored, verifier.check(roundId, round.model(), responses));
        });

        CalculatedResult calculated = calculatedHolder[0];
        String replay = "seed " + seed + " (replay with -Dstored-results.seed=" + seed + "): " + round;
        assertThat(outcome.stored()).as(replay).isEqualTo(inKeyOrder(calculated));
        assertThat(outcome.check().differences()).as(replay).isEmpty();
        assertThat(outcome.check().recomputed()).as(replay).isTrue();
        return calculated;
    }

    /**
     * The result with its categories and questions in key order, as a record gives them back ({@link
     * RoundResult#toCalculated()}: its score rows keep no order of their own). Everything else, the comments' shuffled
     * order too, must come back exactly.
     */
    private static CalculatedResult inKeyOrder(CalculatedResult result) {
        return new CalculatedResult(
                result.respondents(),
                result.throughManagerHeldLinks(),
                result.counted(),
                result.shown(),
                result.overall(),
                result.band(),
                result.overallStat(),
                result.categories().stream()
                        .sorted(Comparator.comparing(CategoryRow::key))
                        .toList(),
                result.items().stream()
                        .sorted(Comparator.comparing(ItemRow::key))
                        .toList(),
                result.strengths(),
                result.gaps(),
                result.comments());
    }

    /** A submitted response through a link of its own: what a result's list of counted responses points at. */
    private long insertResponse(long roundId) {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> invitation = new HashMap<>();
        invitation.put("round_id", roundId);
        invitation.put("name", "Generated");
        invitation.put("token", UUID.randomUUID().toString());
        invitation.put("created_at", now);
        Map<String, Object> response = new HashMap<>();
        response.put("round_id", roundId);
        response.put("invitation_id", insert("invitation", invitation));
        response.put("status", "SUBMITTED");
        response.put("created_at", now);
        response.put("updated_at", now);
        response.put("submitted_at", now);
        response.put("lock_version", 0);
        return insert("response", response);
    }

    private long insertRound(long team, RoundMode mode) {
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Object> round = new HashMap<>();
        round.put("team_id", team);
        round.put("question_set_version_id", versionId);
        round.put("mode", mode.name());
        round.put("label", "Generated");
        round.put("status", "CLOSED");
        round.put("created_by", creator);
        round.put("created_at", now);
        round.put("closed_at", now);
        round.put("lock_version", 0);
        return insert("assessment_round", round);
    }

    private long insert(String table, Map<String, Object> columns) {
        return new SimpleJdbcInsert(jdbc)
                .withTableName(table)
                .usingColumns(columns.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(columns)
                .longValue();
    }

    private static long firstSeed() {
        return Long.getLong("stored-results.seed", new Random().nextLong());
    }

    private record Outcome(CalculatedResult stored, Check check) {}

    /**
     * A random round: a small model (1–3 categories of 1–4 questions, weights 1–3, some reverse items, the default
     * bands, keys in no alphabetical order), and its responses with their scores as submitting them stores them.
     */
    private record GeneratedRound(
            RoundMode mode,
            ScoringModel model,
            List<SubmittedResponse> responses,
            int minimum,
            boolean managerHeldCounted) {

        static GeneratedRound teamRound(Random random) {
            ScoringModel model = model(random);
            List<SubmittedResponse> responses = new ArrayList<>();
            int count = random.nextInt(9);
            RespondentKind[] kinds = RespondentKind.values();
            for (int i = 0; i < count; i++) {
                responses.add(response(model, kinds[random.nextInt(kinds.length)], random));
            }
            return new GeneratedRound(RoundMode.TEAM, model, responses, 2 + random.nextInt(4), random.nextBoolean());
        }

        static GeneratedRound selfAssessment(Random random) {
            ScoringModel model = model(random);
            return new GeneratedRound(
                    RoundMode.SELF,
                    model,
                    List.of(response(model, RespondentKind.MANAGER, random)),
                    2 + random.nextInt(4),
                    false);
        }

        private static ScoringModel model(Random random) {
            Set<String> keys = new HashSet<>();
            List<CategoryRule> categories = new ArrayList<>();
            int categoryCount = 1 + random.nextInt(3);
            for (int c = 0; c < categoryCount; c++) {
                List<ItemRule> items = new ArrayList<>();
                int itemCount = 1 + random.nextInt(4);
                for (int i = 0; i < itemCount; i++) {
                    items.add(new ItemRule(key(random, keys), weight(random), random.nextInt(10) < 3));
                }
                categories.add(new CategoryRule(key(random, keys), weight(random), items));
            }
            return new ScoringModel(categories, ScoringModel.DEFAULT_BANDS);
        }

        /** Answers every question 1–5 or N/A, as a submitted questionnaire does, with up to two comments. */
        private static SubmittedResponse response(ScoringModel model, RespondentKind kind, Random random) {
            Map<String, Integer> values = new HashMap<>();
            model.categories()
                    .forEach(category -> category.items().forEach(item -> {
                        int value = random.nextInt(6);
                        values.put(item.key(), value == 0 ? null : value);
                    }));
            List<String> comments = new ArrayList<>();
            int commentCount = random.nextInt(3);
            for (int i = 0; i < commentCount; i++) {
                comments.add(COMMENTS.get(random.nextInt(COMMENTS.size())));
            }
            ResponseScores scores =
                    ResponseScores.of(ScoringService.RULES_VERSION, new ScoringService().score(model, values));
            return new SubmittedResponse(0, kind, values, comments, scores);
        }

        private static final List<String> COMMENTS = List.of(
                "We keep our promises",
                "Handovers get lost",
                "Zu viele Übergaben",
                "Nobody calls back",
                "We keep our promises",
                "Ça dépend du jour");

        private static String key(Random random, Set<String> taken) {
            String key;
            do {
                key = "k" + Integer.toString(random.nextInt(36 * 36 * 36), 36);
            } while (!taken.add(key));
            return key;
        }

        private static BigDecimal weight(Random random) {
            return BigDecimal.valueOf(1 + random.nextInt(3));
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(mode + ", minimum " + minimum)
                    .append(managerHeldCounted ? ", manager-held links count" : "")
                    .append("; model");
            model.categories().forEach(category -> {
                text.append(" [").append(category.key()).append(" ×").append(category.weight());
                category.items()
                        .forEach(item -> text.append(' ')
                                .append(item.key())
                                .append(" ×")
                                .append(item.weight())
                                .append(item.reverse() ? " reverse" : ""));
                text.append(']');
            });
            text.append("; ").append(responses.size()).append(" responses");
            responses.forEach(response -> {
                text.append(" {").append(response.kind());
                model.categories()
                        .forEach(category -> category.items().forEach(item -> {
                            Integer value = response.values().get(item.key());
                            text.append(' ').append(value == null ? "na" : value);
                        }));
                response.comments()
                        .forEach(comment -> text.append(" \"").append(comment).append('"'));
                text.append('}');
            });
            return text.toString();
        }
    }
}
