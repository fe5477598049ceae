package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the rules need to know about one question-set version: its categories and items in display order, their
 * weights, reverse flags and must-have thresholds, its score bands, and the band a result is capped at while a
 * must-have is not met.
 *
 * @param capBand the label of one of the bands; {@code null} for the default, the second-lowest band (the only one
 *     when there is only one)
 */
public record ScoringModel(List<CategoryRule> categories, List<Band> bands, String capBand) {

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
        if (capBand != null && bands.stream().noneMatch(band -> band.label().equals(capBand))) {
            throw new IllegalArgumentException("The cap band " + capBand + " is not one of the bands");
        }
    }

    /** A model with the default cap band. */
    public ScoringModel(List<CategoryRule> categories, List<Band> bands) {
        this(categories, bands, null);
    }

    /** The highest band a result can reach while a must-have is not met. */
    public Band cap() {
        if (capBand != null) {
            return bands.stream()
                    .filter(band -> band.label().equals(capBand))
                    .findFirst()
                    .orElseThrow();
        }
        return bands.get(Math.min(1, bands.size() - 1));
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
