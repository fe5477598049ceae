package app.scorecard.results;

import app.scorecard.questionbank.Guidance;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A scorecard in words: the scoring service's numbers joined with the names, texts and guidance of the version they
 * were computed for.
 *
 * @param overall {@code null} when too few categories could be scored
 * @param band {@code null} with {@code overall}
 * @param bands every band of the version the scores were computed for, lowest first: the scale the band is read on
 * @param items every question in display order, with a {@code null} score where it was not answered
 * @param rulesVersion the version of the scoring rules the numbers were computed under
 * @param bandBeforeCap the band the overall score falls in; {@code band} is lower only when a must-have not met capped
 *     it
 * @param mustHaves every must-have in questionnaire order (none under rules version 1)
 * @param target where the respondents want to be in a year beside where they are; {@code null} when the round asked
 *     no targets
 */
public record ScorecardReport(
        String questionSet,
        int version,
        String title,
        BigDecimal overall,
        Band band,
        List<Band> bands,
        List<CategoryResult> categories,
        List<ItemResult> items,
        List<ItemResult> strengths,
        List<ItemResult> gaps,
        int rulesVersion,
        Band bandBeforeCap,
        List<MustHaveResult> mustHaves,
        TargetProfile target) {

    public ScorecardReport {
        bands = List.copyOf(bands);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        mustHaves = List.copyOf(mustHaves);
    }

    /** A report of a round that asked no targets. */
    public ScorecardReport(
            String questionSet,
            int version,
            String title,
            BigDecimal overall,
            Band band,
            List<Band> bands,
            List<CategoryResult> categories,
            List<ItemResult> items,
            List<ItemResult> strengths,
            List<ItemResult> gaps,
            int rulesVersion,
            Band bandBeforeCap,
            List<MustHaveResult> mustHaves) {
        this(
                questionSet,
                version,
                title,
                overall,
                band,
                bands,
                categories,
                items,
                strengths,
                gaps,
                rulesVersion,
                bandBeforeCap,
                mustHaves,
                null);
    }

    /** A report under rules version 1: no must-haves, a band never capped. */
    public ScorecardReport(
            String questionSet,
            int version,
            String title,
            BigDecimal overall,
            Band band,
            List<Band> bands,
            List<CategoryResult> categories,
            List<ItemResult> items,
            List<ItemResult> strengths,
            List<ItemResult> gaps) {
        this(questionSet, version, title, overall, band, bands, categories, items, strengths, gaps, 1, band, List.of());
    }

    /** Whether a must-have not met lowered the band. */
    public boolean capped() {
        return band != null && bandBeforeCap != null && !band.equals(bandBeforeCap);
    }

    /** True when every must-have is met, and when there are none. */
    public boolean mustHavesMet() {
        return mustHaves.stream().allMatch(MustHaveResult::met);
    }

    /** The must-haves not met, those not known included, in questionnaire order. */
    public List<MustHaveResult> mustHavesNotMet() {
        return mustHaves.stream().filter(mustHave -> !mustHave.met()).toList();
    }

    /** The must-haves met, in questionnaire order. */
    public List<MustHaveResult> mustHavesMetList() {
        return mustHaves.stream().filter(MustHaveResult::met).toList();
    }

    /** @param score {@code null} when too few of the category's items were answered */
    public record CategoryResult(String key, String name, BigDecimal score, int answered, int total) {}

    /**
     * A must-have as the result found it, in words.
     *
     * @param points 1–5 after reversal (a group's mean, two decimals rounded down); {@code null} when not known or not
     *     shown
     * @param met as recorded: a must-have not known is not met
     * @param shown false when too few answered the question to show anything about it: only that it counts as not
     *     met, as the record says
     */
    public record MustHaveResult(
            String categoryKey,
            String questionKey,
            String text,
            int threshold,
            BigDecimal points,
            boolean met,
            boolean shown,
            Guidance guidance) {

        /** The points as people read them: "4" for one person's answer, "3.66" for a team's mean. */
        public String pointsText() {
            return points == null ? "" : points.stripTrailingZeros().toPlainString();
        }

        /** {@code MET}, {@code NOT_MET}, {@code NOT_KNOWN} (answered "not applicable / don't know") or {@code HIDDEN}. */
        public String status() {
            if (!shown) {
                return "HIDDEN";
            }
            return met ? "MET" : points == null ? "NOT_KNOWN" : "NOT_MET";
        }
    }

    /**
     * Where we want to be beside where we are: the targets scored by the same rules, and the ambition gap
     * ({@code target − today}, between the rounded scores shown).
     *
     * @param overall the target's overall score; {@code overallGap} {@code null} when either side has none
     * @param categories every category in display order
     * @param items the questions with a score on both sides, largest gap first, ties in questionnaire order
     * @param whereToStart up to three of {@code items} with a gap above zero
     */
    public record TargetProfile(
            BigDecimal overall,
            BigDecimal overallGap,
            List<CategoryTarget> categories,
            List<ItemTarget> items,
            List<ItemTarget> whereToStart) {

        public TargetProfile {
            categories = List.copyOf(categories);
            items = List.copyOf(items);
            whereToStart = List.copyOf(whereToStart);
        }

        /** The categories largest gap first; those without a gap last, in display order. */
        public List<CategoryTarget> categoriesByGap() {
            return categories.stream()
                    .sorted(Comparator.comparing(CategoryTarget::gap, Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
        }

        /** The overall gap with its sign; empty without one. */
        public String overallGapText() {
            return signed(overallGap);
        }

        /** A category's target score, or {@code null}. */
        public BigDecimal category(String key) {
            for (CategoryTarget category : categories) {
                if (category.key().equals(key)) {
                    return category.target();
                }
            }
            return null;
        }
    }

    /** @param gap {@code target − today}; {@code null} when either side has no score */
    public record CategoryTarget(String key, String name, BigDecimal today, BigDecimal target, BigDecimal gap) {

        /** The gap with its sign: "+12.5", "−3.0", "0.0"; empty without one. */
        public String gapText() {
            return signed(gap);
        }
    }

    public record ItemTarget(
            String categoryKey,
            String questionKey,
            String text,
            BigDecimal today,
            BigDecimal target,
            BigDecimal gap,
            Guidance guidance) {

        /** The gap with its sign: "+12.5", "−3.0", "0.0". */
        public String gapText() {
            return signed(gap);
        }
    }

    /** A gap as people read it: a plus for a target above today, a minus sign (not a hyphen) below. */
    public static String signed(BigDecimal gap) {
        if (gap == null) {
            return "";
        }
        return switch (gap.signum()) {
            case 1 -> "+" + gap.toPlainString();
            case -1 -> "\u2212" + gap.negate().toPlainString();
            default -> gap.abs().toPlainString();
        };
    }

    public record ItemResult(
            String categoryKey, String questionKey, String text, BigDecimal score, Guidance guidance) {}
}
