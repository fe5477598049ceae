package app.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.comparison.internal.ComparisonRow;
import app.scorecard.comparison.internal.Direction;
import app.scorecard.comparison.internal.Presence;
import app.scorecard.comparison.internal.RoundComparer;
import app.scorecard.comparison.internal.RoundComparison;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundComparerTests {

    private final RoundComparer comparer = new RoundComparer();

    private final QuestionSetDefinition v1 = version(1, category("c1", "a", "b", "c"));
    private final QuestionSetDefinition v2 = version(2, category("c1", "a", "c", "d"));

    @Test
    void comparesTheSameVersionQuestionByQuestion() {
        FinishedRound q1 =
                round(1, "2026-03-31", "50.0", Map.of("c1", "50.0"), Map.of("a", "25.0", "b", "50.0", "c", "75.0"));
        FinishedRound q2 =
                round(2, "2026-06-30", "62.5", Map.of("c1", "62.5"), Map.of("a", "50.0", "b", "62.5", "c", "75.0"));

        RoundComparison comparison = comparer.compare(q1, v1, q2, v1);

        assertThat(comparison.overall().delta()).isEqualByComparingTo("12.5");
        assertThat(comparison.overall().direction()).isEqualTo(Direction.UP);
        assertThat(comparison.items())
                .extracting(
                        ComparisonRow::key,
                        row -> row.change().delta(),
                        row -> row.change().direction())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", new BigDecimal("25.0"), Direction.UP),
                        org.assertj.core.groups.Tuple.tuple("b", new BigDecimal("12.5"), Direction.UP),
                        org.assertj.core.groups.Tuple.tuple("c", new BigDecimal("0.0"), Direction.SAME));
    }

    @Test
    void matchesVersionsByKeyAndListsWhatWasAddedOrRemoved() {
        FinishedRound q1 =
                round(1, "2026-03-31", "50.0", Map.of("c1", "50.0"), Map.of("a", "25.0", "b", "50.0", "c", "75.0"));
        FinishedRound q2 =
                round(2, "2026-06-30", "70.0", Map.of("c1", "70.0"), Map.of("a", "75.0", "c", "50.0", "d", "100.0"));

        RoundComparison comparison = comparer.compare(q1, v1, q2, v2);

        assertThat(comparison.items())
                .extracting(
                        ComparisonRow::key,
                        ComparisonRow::presence,
                        row -> row.change().direction())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", Presence.BOTH, Direction.UP),
                        org.assertj.core.groups.Tuple.tuple("c", Presence.BOTH, Direction.DOWN),
                        org.assertj.core.groups.Tuple.tuple("d", Presence.ADDED, Direction.NO_SCORE),
                        org.assertj.core.groups.Tuple.tuple("b", Presence.REMOVED, Direction.NO_SCORE));
        assertThat(comparison.items().get(2).change().after()).isEqualByComparingTo("100.0");
        assertThat(comparison.items().get(3).change().before()).isEqualByComparingTo("50.0");
    }

    @Test
    void aRewordingThatBreaksTheTrendListsBothWordingsApartWithoutAChange() {
        // version 3 rewords "c" with a new meaning (its trend starts at 3) and "a" with the same meaning (still 1)
        QuestionSetDefinition v3 = version(3, category("c1", "a", "c"));
        QuestionSetDefinition reworded = new QuestionSetDefinition(
                3,
                "sample",
                3,
                "Sample",
                null,
                List.of(new CategoryDefinition(
                        "c1",
                        "Category c1",
                        null,
                        BigDecimal.ONE,
                        List.of(
                                v3.question("a").orElseThrow(),
                                new QuestionDefinition(
                                        "c",
                                        "Question c, now about something else",
                                        QuestionKind.AGREEMENT,
                                        null,
                                        null,
                                        false,
                                        BigDecimal.ONE,
                                        new Guidance("x", "y"),
                                        3)))),
                ScoringModel.DEFAULT_BANDS);
        FinishedRound q1 =
                round(1, "2026-03-31", "50.0", Map.of("c1", "50.0"), Map.of("a", "25.0", "b", "50.0", "c", "75.0"));
        FinishedRound q3 = round(3, "2026-09-30", "60.0", Map.of("c1", "60.0"), Map.of("a", "50.0", "c", "70.0"));

        RoundComparison comparison = comparer.compare(q1, v1, q3, reworded);

        assertThat(comparison.items())
                .extracting(
                        ComparisonRow::key,
                        ComparisonRow::name,
                        ComparisonRow::presence,
                        row -> row.change().direction())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "Question a", Presence.BOTH, Direction.UP),
                        org.assertj.core.groups.Tuple.tuple(
                                "c", "Question c", Presence.REWORDED_BEFORE, Direction.NO_SCORE),
                        org.assertj.core.groups.Tuple.tuple(
                                "c",
                                "Question c, now about something else",
                                Presence.REWORDED_AFTER,
                                Direction.NO_SCORE),
                        org.assertj.core.groups.Tuple.tuple("b", "Question b", Presence.REMOVED, Direction.NO_SCORE));
        assertThat(comparison.items().get(1).change().before()).isEqualByComparingTo("75.0");
        assertThat(comparison.items().get(2).change().after()).isEqualByComparingTo("70.0");
    }

    @Test
    void putsTheEarlierRoundFirstWhicheverWayItIsAsked() {
        FinishedRound earlier = round(1, "2026-03-31", "50.0", Map.of("c1", "50.0"), Map.of());
        FinishedRound later = round(2, "2026-06-30", "40.0", Map.of("c1", "40.0"), Map.of());

        RoundComparison comparison = comparer.compare(later, v1, earlier, v1);

        assertThat(comparison.before().roundId()).isEqualTo(1);
        assertThat(comparison.overall().delta()).isEqualByComparingTo("-10.0");
        assertThat(comparison.overall().direction()).isEqualTo(Direction.DOWN);
    }

    private static FinishedRound round(
            long id, String day, String overall, Map<String, String> categories, Map<String, String> items) {
        Map<String, ScoreStat> categoryStats = new LinkedHashMap<>();
        categories.forEach((key, score) -> categoryStats.put(key, one(score)));
        Map<String, ScoreStat> itemStats = new LinkedHashMap<>();
        items.forEach((key, score) -> itemStats.put(key, one(score)));
        return new FinishedRound(
                id,
                1,
                "Round " + id,
                RoundMode.SELF,
                "sample",
                "Sample",
                1,
                1,
                Instant.parse(day + "T12:00:00Z"),
                1,
                0,
                false,
                true,
                new BigDecimal(overall),
                "Band",
                one(overall),
                categoryStats,
                itemStats);
    }

    private static ScoreStat one(String score) {
        return new ScoreStat(new BigDecimal(score), 1, Double.valueOf(score), null);
    }

    private static QuestionSetDefinition version(int number, CategoryDefinition... categories) {
        return new QuestionSetDefinition(
                number, "sample", number, "Sample", null, Arrays.asList(categories), ScoringModel.DEFAULT_BANDS);
    }

    private static CategoryDefinition category(String key, String... questions) {
        List<QuestionDefinition> list = Arrays.stream(questions)
                .map(q -> new QuestionDefinition(
                        q,
                        "Question " + q,
                        QuestionKind.AGREEMENT,
                        null,
                        null,
                        false,
                        BigDecimal.ONE,
                        new Guidance("x", "y"),
                        1))
                .toList();
        return new CategoryDefinition(key, "Category " + key, null, BigDecimal.ONE, list);
    }
}
