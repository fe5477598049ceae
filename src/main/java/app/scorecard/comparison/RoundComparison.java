package app.scorecard.comparison;

import app.scorecard.results.FinishedRound;
import java.util.List;

/** Two finished rounds of a team side by side, the earlier one first. */
public record RoundComparison(
        FinishedRound before,
        FinishedRound after,
        Change overall,
        List<ComparisonRow> categories,
        List<ComparisonRow> items) {}
