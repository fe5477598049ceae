package app.scorecard.results;

import app.scorecard.scoring.ScoringService;
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
 * @param withTargets whether the round asked where the team wants to be in a year
 * @param target the targets' overall score ({@code null} without targets, when hidden or not enough to score)
 * @param categoryTargets by category key, the targets' category scores (a {@code null} value where there was none);
 *     empty without targets
 * @param rulesVersion the scoring rules its result was computed under
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
        Map<String, ScoreStat> items,
        boolean withTargets,
        BigDecimal target,
        Map<String, BigDecimal> categoryTargets,
        int rulesVersion) {

    /** A round that asked no targets, scored under today's rules. */
    public FinishedRound(
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
        this(
                roundId,
                teamId,
                label,
                mode,
                setKey,
                setTitle,
                version,
                versionId,
                finishedAt,
                respondents,
                throughManagerHeldLinks,
                managerHeldLinksCounted,
                shown,
                overall,
                band,
                overallStat,
                categories,
                items,
                false,
                null,
                Map.of(),
                ScoringService.RULES_VERSION);
    }

    /** The gap between the target and today's overall score; {@code null} when either is missing. */
    public BigDecimal ambitionGap() {
        return target == null || overall == null ? null : target.subtract(overall);
    }

    /** The ambition gap with its sign, "+11.2"; empty without one. */
    public String ambitionGapText() {
        return ScorecardReport.signed(ambitionGap());
    }

    /** How many of the counted answers came through links the manager held. */
    public int countedThroughManagerHeldLinks() {
        return managerHeldLinksCounted ? throughManagerHeldLinks : 0;
    }
}
