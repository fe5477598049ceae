package app.scorecard.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.results.CalculatedResult;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether a result recomputed by migration 11 is the one that was shown: scores and band exactly, means and variances
 * — sums of doubles whose last bits depend on the order they were added in — to nine significant digits. (Summed in
 * another order, 8.3 + 8.3 + 83.3 gave 33.300000000000004 instead of 33.3, and an untouched round lost its details.)
 */
class LegacyResultTests {

    @Test
    void takesAMeanThatDiffersOnlyInItsLastBitsForTheSameButNotAnotherScore() {
        LegacyResult shown = stored(new ScoreStat(new BigDecimal("33.3"), 3, 33.3, 1408.3333333333333));
        // the numbers are a question's, whose spread must match; a category's or the overall spread is recorded anew

        assertThat(shown.matches(
                        recomputed(new ScoreStat(new BigDecimal("33.3"), 3, 33.300000000000004, 1408.333333333333))))
                .isTrue();
        assertThat(shown.matches(recomputed(new ScoreStat(new BigDecimal("33.3"), 3, 33.4, 1408.3333333333333))))
                .isFalse();
        assertThat(shown.matches(recomputed(new ScoreStat(new BigDecimal("33.4"), 3, 33.3, 1408.3333333333333))))
                .isFalse();
        assertThat(shown.matches(recomputed(new ScoreStat(new BigDecimal("33.30"), 2, 33.3, 1408.3333333333333))))
                .isFalse();
    }

    private static LegacyResult stored(ScoreStat overall) {
        return new LegacyResult(
                new FinishedRoundFacts(1, 1, RoundMode.TEAM, "2026 Q1", "set", 1, Instant.EPOCH, true),
                3,
                true,
                overall.score(),
                "Low",
                Map.of(ScoreScope.OVERALL + ":" + ScoreScope.OVERALL_KEY, overall, ScoreScope.ITEM + ":q1", overall));
    }

    private static CalculatedResult recomputed(ScoreStat item) {
        return new CalculatedResult(
                3,
                0,
                List.of(1L, 2L, 3L),
                true,
                item.score(),
                new Band(0, "Low"),
                item,
                List.of(),
                List.of(new CalculatedResult.ItemRow("q1", item, List.of(0L, 0L, 0L, 0L, 0L, 0L), false)),
                List.of(),
                List.of(),
                List.of());
    }
}
