package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the rules need to know about one question-set version: its categories and items in display order, their
 * weights and reverse flags, and its score bands.
 */
public record ScoringModel(List<CategoryRule> categories, List<Band> bands) {

    /** The bands a version gets when it does not define its own. */
    public static final List<Band> DEFAULT_BANDS = List.of(
            new Band(0, "Settling for mediocrity"),
            new Band(40, "Inconsistent"),
            new Band(60, "Striving for excellence"),
            new Band(80, "Excellence is a way of life"));

    public ScoringModel {
        categories = List.copyOf(categories);
        bands = List.copyOf(bands);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("A scoring model needs at least one category");
        }
        Set<String> categoryKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();
        for (CategoryRule category : categories) {
            if (!categoryKeys.add(category.key())) {
                throw new IllegalArgumentException("Duplicate category key " + category.key());
            }
            for (ItemRule item : category.items()) {
                if (!itemKeys.add(item.key())) {
                    throw new IllegalArgumentException("Duplicate item key " + item.key());
                }
            }
        }
        requireValidBands(bands);
    }

    private static void requireValidBands(List<Band> bands) {
        if (bands.isEmpty() || bands.get(0).min() != 0) {
            throw new IllegalArgumentException("Bands must start with a band whose minimum is 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() <= bands.get(i - 1).min()) {
                throw new IllegalArgumentException("Band minimums must strictly increase");
            }
        }
    }

    static void requirePositive(BigDecimal weight, String what) {
        Objects.requireNonNull(weight, what);
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("The " + what + " must be greater than 0, was " + weight);
        }
    }
}
