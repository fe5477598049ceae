package app.scorecard.assessment;

import app.scorecard.assessment.AnonymityPolicy.Visibility;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a team round shows: how many answered, and — only when {@link AnonymityPolicy} allows — the team's aggregate,
 * the distribution of answers per question, the comments, and for the round's managers the perception gap.
 *
 * @param memberResponses submitted responses other than the round manager's
 * @param team the team's scorecard on the per-item means; {@code null} unless shown
 * @param gap the viewer's own answers beside the team's; {@code null} unless shown to a manager who answered
 */
public record TeamResults(
        RoundSummary round,
        String teamName,
        long memberResponses,
        int minimum,
        long stillNeeded,
        boolean managerAnswered,
        Visibility visibility,
        ScorecardReport team,
        List<ItemDistribution> distribution,
        List<String> comments,
        PerceptionGap gap) {

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    /**
     * @param counts index 1–5: how many chose that point; index 0: "not applicable / don't know"
     * @param hidden fewer people than the minimum answered this question: its score and counts are not shown, and it
     *     counts as not applicable in the team's scores
     */
    public record ItemDistribution(
            String categoryName, String questionKey, String text, BigDecimal score, long[] counts, boolean hidden) {

        public long count(int point) {
            return counts[point];
        }

        public long notApplicable() {
            return counts[0];
        }
    }

    /** The manager's own scores beside the team's; a positive gap means the manager rates it higher. */
    public record PerceptionGap(Gap overall, List<Gap> categories, List<Gap> itemsByGap) {}

    /** @param gap {@code manager − team}, or {@code null} when either has no score */
    public record Gap(String key, String name, BigDecimal manager, BigDecimal team, BigDecimal gap) {

        public boolean managerHigher() {
            return gap != null && gap.signum() > 0;
        }

        public boolean managerLower() {
            return gap != null && gap.signum() < 0;
        }
    }
}
