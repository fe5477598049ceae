package app.scorecard.comparison.internal;

import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;

/**
 * Tells a real change from noise (docs/scoring.md, "Honest change"). With at least two respondents in each round, a
 * change is real when the 95 % interval of the difference of the two means leaves out zero:
 * {@code |after − before| > 1.96 × √(s²₁/n₁ + s²₂/n₂)}, with {@code s²} the sample variance of the respondents' own
 * scores. With a single respondent on either side (a self-assessment) there is no spread to measure, so a change must
 * be at least {@value #SINGLE_RESPONDENT_MINIMUM_TEXT} points.
 */
public final class ChangeRule {

    static final String SINGLE_RESPONDENT_MINIMUM_TEXT = "10";
    public static final BigDecimal SINGLE_RESPONDENT_MINIMUM = new BigDecimal(SINGLE_RESPONDENT_MINIMUM_TEXT);
    public static final double Z_95 = 1.96;

    public Change between(ScoreStat before, ScoreStat after) {
        if (before == null || after == null || before.score() == null || after.score() == null) {
            return new Change(
                    before == null ? null : before.score(),
                    after == null ? null : after.score(),
                    null,
                    Direction.NO_SCORE);
        }
        BigDecimal delta = after.score().subtract(before.score());
        return new Change(before.score(), after.score(), delta, direction(before, after, delta));
    }

    private static Direction direction(ScoreStat before, ScoreStat after, BigDecimal delta) {
        if (delta.signum() == 0) {
            return Direction.SAME;
        }
        Direction way = delta.signum() > 0 ? Direction.UP : Direction.DOWN;
        boolean measurable = before.answered() >= 2
                && after.answered() >= 2
                && before.variance() != null
                && after.variance() != null;
        if (!measurable) {
            return delta.abs().compareTo(SINGLE_RESPONDENT_MINIMUM) >= 0 ? way : Direction.TOO_SMALL_TO_TELL;
        }
        double standardError = Math.sqrt(before.variance() / before.answered() + after.variance() / after.answered());
        return Math.abs(delta.doubleValue()) > Z_95 * standardError ? way : Direction.TOO_SMALL_TO_TELL;
    }
}
