package app.scorecard.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A finished round as its history, comparisons and heatmaps read it. When {@code shown} is false (a team round below
 * the anonymity minimum) there are no scores at all.
 *
 * @param respondents the answers its result counts
 * @param throughManagerHeldLinks how many answers came through links the manager copied or downloaded: part of
 *     {@code respondents} when {@code managerHeldLinksCounted}, else left out
 * @param categories by category key, in the version's order
 * @param items by question key, in the version's order
 */
public record FinishedRound(
        long roundId,
        long teamId,
        String label,
        RoundMode mode,
        String setKey,
        String setTitle,
        int version,
        long versionId,
        Instant finishedAt,
        int respondents,
        int throughManagerHeldLinks,
        boolean managerHeldLinksCounted,
        boolean shown,
        BigDecimal overall,
        String band,
        ScoreStat overallStat,
        Map<String, ScoreStat> categories,
        Map<String, ScoreStat> items) {

    /** How many of the counted answers came through links the manager held. */
    public int countedThroughManagerHeldLinks() {
        return managerHeldLinksCounted ? throughManagerHeldLinks : 0;
    }
}
