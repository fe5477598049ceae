package app.scorecard.results;

import app.scorecard.results.AnonymityPolicy.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a team round shows: how many answers count, and — only when {@link AnonymityPolicy} allows — the team's
 * aggregate, the distribution of answers per question, the comments, and for a manager who answered their own view
 * beside the team's. For a closed round, all of it comes from the round's recorded result.
 *
 * @param counted the answers the results count (while collecting: so far, under today's settings)
 * @param minimum the counted answers needed before anything is shown
 * @param throughManagerHeldLinks answers that came through links the manager copied or downloaded: part of
 *     {@code counted} when {@code managerHeldLinksCount}, else left out
 * @param team the team's scorecard on the per-item means; {@code null} unless shown
 * @param gap the viewer's own answers beside the team's; {@code null} unless shown to a manager who answered
 * @param recordedAt when the result was recorded (the round closed); {@code null} while collecting
 * @param rulesVersion the scoring rules the record was computed under; {@code null} while collecting
 */
public record TeamResults(
        Visibility visibility,
        long counted,
        int minimum,
        long stillNeeded,
        long throughManagerHeldLinks,
        boolean managerHeldLinksCount,
        ScorecardReport team,
        List<ItemDistribution> distribution,
        List<String> comments,
        PerceptionGap gap,
        Instant recordedAt,
        Integer rulesVersion) {

    /** A round still taking answers: how many count so far, nothing else. */
    public static TeamResults collecting(
            long counted, int minimum, long stillNeeded, long throughManagerHeldLinks, boolean managerHeldLinksCount) {
        return new TeamResults(
                Visibility.COLLECTING,
                counted,
                minimum,
                stillNeeded,
                throughManagerHeldLinks,
                managerHeldLinksCount,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null);
    }

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    /** Answers through manager-held links that are part of the results. */
    public long countedThroughManagerHeldLinks() {
        return managerHeldLinksCount ? throughManagerHeldLinks : 0;
    }

    /** Answers through manager-held links that the results leave out. */
    public long leftOutThroughManagerHeldLinks() {
        return managerHeldLinksCount ? 0 : throughManagerHeldLinks;
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
