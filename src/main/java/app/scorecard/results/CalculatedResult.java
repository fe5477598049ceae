package app.scorecard.results;

import app.scorecard.scoring.Band;
import app.scorecard.scoring.MustHave;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a finished round's result holds, as plain values: what its record stores once, and what a recomputation
 * must give again. A hidden result ({@code shown} false) holds its counts and nothing derived from answers.
 *
 * @param respondents the responses the result counts
 * @param throughManagerHeldLinks of the submitted responses, how many came through links the manager held (counted or
 *     not, as the round's setting said)
 * @param counted the ids of the responses it counts, ascending
 * @param overall {@code null} when hidden or too few categories could be scored; {@code band} with it
 * @param overallStat the overall score with the number, mean and variance of the respondents' own overall scores
 * @param strengths question keys, best first
 * @param gaps question keys, weakest first
 * @param comments in the shuffled order they are shown in
 * @param bandBeforeCap the band the overall score falls in; {@code band} is the same unless a must-have not met capped
 *     it (rules version 2)
 * @param mustHaves every must-have in questionnaire order, as the rules found it; none under rules version 1
 * @param targets where the respondents want to be in a year, scored by the same rules; {@code null} when the round
 *     asked no targets (or the result is hidden)
 */
public record CalculatedResult(
        int respondents,
        int throughManagerHeldLinks,
        List<Long> counted,
        boolean shown,
        BigDecimal overall,
        Band band,
        ScoreStat overallStat,
        List<CategoryRow> categories,
        List<ItemRow> items,
        List<String> strengths,
        List<String> gaps,
        List<String> comments,
        Band bandBeforeCap,
        List<MustHave> mustHaves,
        Targets targets) {

    public CalculatedResult {
        counted = List.copyOf(counted);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        comments = List.copyOf(comments);
        mustHaves = List.copyOf(mustHaves);
    }

    /** A result of a round that asked no targets. */
    public CalculatedResult(
            int respondents,
            int throughManagerHeldLinks,
            List<Long> counted,
            boolean shown,
            BigDecimal overall,
            Band band,
            ScoreStat overallStat,
            List<CategoryRow> categories,
            List<ItemRow> items,
            List<String> strengths,
            List<String> gaps,
            List<String> comments,
            Band bandBeforeCap,
            List<MustHave> mustHaves) {
        this(
                respondents,
                throughManagerHeldLinks,
                counted,
                shown,
                overall,
                band,
                overallStat,
                categories,
                items,
                strengths,
                gaps,
                comments,
                bandBeforeCap,
                mustHaves,
                null);
    }

    /** A result without must-haves (rules version 1, or a set that has none): its band is never capped. */
    public CalculatedResult(
            int respondents,
            int throughManagerHeldLinks,
            List<Long> counted,
            boolean shown,
            BigDecimal overall,
            Band band,
            ScoreStat overallStat,
            List<CategoryRow> categories,
            List<ItemRow> items,
            List<String> strengths,
            List<String> gaps,
            List<String> comments) {
        this(
                respondents,
                throughManagerHeldLinks,
                counted,
                shown,
                overall,
                band,
                overallStat,
                categories,
                items,
                strengths,
                gaps,
                comments,
                band,
                List.of());
    }

    /** True when every must-have is met, and when there are none. */
    public boolean mustHavesMet() {
        return mustHaves.stream().allMatch(MustHave::met);
    }

    /** A result that shows nothing but how many answered. */
    public static CalculatedResult hidden(int respondents, int throughManagerHeldLinks, List<Long> counted) {
        return new CalculatedResult(
                respondents,
                throughManagerHeldLinks,
                counted,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * The targets' scores: overall, and per category and question in the order of the result's own rows.
     *
     * @param overall {@code null} when too few categories had a target score
     * @param respondents how many gave targets
     */
    public record Targets(BigDecimal overall, int respondents, List<TargetRow> categories, List<TargetRow> items) {

        public Targets {
            categories = List.copyOf(categories);
            items = List.copyOf(items);
        }
    }

    /**
     * A category's or question's target score.
     *
     * @param answered a question's: how many gave it a target (N/A left out); a category's: how many of its questions
     *     had a target score
     * @param hidden a question's: fewer than the minimum gave it a target, so its target is never shown and counted as
     *     not applicable in the other target scores
     */
    public record TargetRow(String key, BigDecimal score, int answered, boolean hidden) {}

    /** A category's score and how many of its questions had one. */
    public record CategoryRow(String key, ScoreStat stat, int itemsAnswered, int itemsTotal) {}

    /**
     * A question's score and how people answered it.
     *
     * @param counts six numbers: how many chose "not applicable" (index 0) and each point 1–5
     * @param hidden fewer than the minimum answered it: its score and counts are never shown, and it counted as not
     *     applicable in the other scores
     */
    public record ItemRow(String key, ScoreStat stat, List<Long> counts, boolean hidden) {

        public ItemRow {
            counts = List.copyOf(counts);
        }
    }
}
