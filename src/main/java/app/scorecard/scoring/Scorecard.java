package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of applying the rules to one set of answers.
 *
 * @param overall the overall score (0–100, one decimal), or {@code null} when too few categories could be scored
 * @param band the band of the overall score after the must-have cap, or {@code null} with the score
 * @param categories every category, in display order
 * @param items every item, in display order
 * @param strengths up to three of the highest-scoring items (score at least 75)
 * @param gaps up to three of the lowest-scoring items (score at most 50)
 * @param bandBeforeCap the band the overall score falls in; the same as {@code band} unless a must-have capped it
 * @param mustHaves every must-have, in questionnaire order (none under rules version 1)
 */
public record Scorecard(
        BigDecimal overall,
        Band band,
        List<CategoryScore> categories,
        List<ItemScore> items,
        List<ItemScore> strengths,
        List<ItemScore> gaps,
        Band bandBeforeCap,
        List<MustHave> mustHaves) {

    public Scorecard {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        mustHaves = List.copyOf(mustHaves);
    }

    /** A scorecard without must-haves: its band is never capped. */
    public Scorecard(
            BigDecimal overall,
            Band band,
            List<CategoryScore> categories,
            List<ItemScore> items,
            List<ItemScore> strengths,
            List<ItemScore> gaps) {
        this(overall, band, categories, items, strengths, gaps, band, List.of());
    }

    /** True when every must-have is met, and when there are none. */
    public boolean mustHavesMet() {
        return mustHaves.stream().allMatch(MustHave::met);
    }

    /** Whether a must-have not met lowered the band. */
    public boolean capped() {
        return band != null && !band.equals(bandBeforeCap);
    }

    public Optional<CategoryScore> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<ItemScore> item(String questionKey) {
        return items.stream().filter(i -> i.questionKey().equals(questionKey)).findFirst();
    }
}
