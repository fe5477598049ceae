package app.scorecard.results.internal;

import app.scorecard.results.CalculatedResult;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.FinishedRoundFacts;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A result as the previous schema stored it (read by {@link LegacyRows}), with the numbers migration 11 checks a
 * recomputation against.
 */
record LegacyResult(
        FinishedRoundFacts facts,
        int respondents,
        boolean shown,
        BigDecimal overall,
        String band,
        Map<String, ScoreStat> scores) {

    /**
     * Whether a recomputation gives the numbers that were shown: the same counts, and the same scores and band to
     * the last digit. Means and variances (sums of doubles, whose last bits depend on the order they were added
     * in) need only agree to nine significant digits; those behind categories and the overall score are not
     * compared, as they are computed without hidden questions now.
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
        // A question's numbers must match whole. The spread behind a category's and the overall score left hidden
        // questions in before, and leaves them out now: those scores must match, their spread is recorded anew.
        return scores.entrySet().stream()
                .allMatch(entry -> entry.getKey().startsWith(ScoreScope.ITEM + ":")
                        ? sameStat(entry.getValue(), recomputed.get(entry.getKey()))
                        : sameNumber(
                                entry.getValue().score(),
                                recomputed.get(entry.getKey()).score()));
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
