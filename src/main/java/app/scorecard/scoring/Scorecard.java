package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of applying the rules to one set of answers.
 *
 * @param overall the overall score (0–100, one decimal), or {@code null} when too few categories could be scored
 * @param band the band of the overall score, or {@code null} with it
 * @param categories every category, in display order
 * @param items every item, in display order
 * @param strengths up to three of the highest-scoring items (score at least 75)
 * @param gaps up to three of the lowest-scoring items (score at most 50)
 */
public record Scorecard(
        BigDecimal overall,
        Band band,
        List<CategoryScore> categories,
        List<ItemScore> items,
        List<ItemScore> strengths,
        List<ItemScore> gaps) {

    public Scorecard {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
    }

    public Optional<CategoryScore> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<ItemScore> item(String questionKey) {
        return items.stream().filter(i -> i.questionKey().equals(questionKey)).findFirst();
    }
}
