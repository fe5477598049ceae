package app.scorecard.comparison.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Did the team close its gap? Two rounds that both asked where the team wants to be in a year: the earlier round's
 * target beside where the later round finds the team, overall and per category present in both. Every difference is
 * taken between the rounded scores shown.
 *
 * @param categories the categories of both rounds, in the later round's order
 */
public record TargetProgress(Step overall, List<Step> categories) {

    public TargetProgress {
        categories = List.copyOf(categories);
    }

    /** How far the later round got towards the earlier round's target. */
    public enum Reading {
        /** The later score is at or above the earlier target. */
        REACHED,
        /** Closer to the earlier target than the earlier score was. */
        CLOSER,
        /** No closer than the earlier score was. */
        NO_CLOSER,
        /** A score or target is missing. */
        NONE
    }

    /**
     * One line of the progress.
     *
     * @param earlierToday and {@code earlierTarget}: the earlier round's score and target
     * @param laterToday and {@code laterTarget}: the later round's score and its new target
     */
    public record Step(
            String key,
            String name,
            BigDecimal earlierToday,
            BigDecimal earlierTarget,
            BigDecimal laterToday,
            BigDecimal laterTarget) {

        /** The earlier round's ambition gap: its target − its score. */
        public BigDecimal gapThen() {
            return earlierTarget == null || earlierToday == null ? null : earlierTarget.subtract(earlierToday);
        }

        /** The earlier target − the later score; at or below zero when the team got there. */
        public BigDecimal stillToGo() {
            return earlierTarget == null || laterToday == null ? null : earlierTarget.subtract(laterToday);
        }

        public Reading reading() {
            BigDecimal then = gapThen();
            BigDecimal now = stillToGo();
            if (then == null || now == null) {
                return Reading.NONE;
            }
            if (now.signum() <= 0) {
                return Reading.REACHED;
            }
            return now.compareTo(then) < 0 ? Reading.CLOSER : Reading.NO_CLOSER;
        }
    }
}
