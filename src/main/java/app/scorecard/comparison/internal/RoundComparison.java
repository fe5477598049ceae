package app.scorecard.comparison.internal;

import app.scorecard.results.FinishedRound;
import java.util.List;

/**
 * Two finished rounds of a team side by side, the earlier one first.
 *
 * @param targets how far the later round got towards the earlier round's target; {@code null} unless both rounds
 *     asked targets and both are shown
 */
public record RoundComparison(
        FinishedRound before,
        FinishedRound after,
        Change overall,
        List<ComparisonRow> categories,
        List<ComparisonRow> items,
        TargetProgress targets) {

    /** A comparison without targets. */
    public RoundComparison(
            FinishedRound before,
            FinishedRound after,
            Change overall,
            List<ComparisonRow> categories,
            List<ComparisonRow> items) {
        this(before, after, overall, categories, items, null);
    }
}
