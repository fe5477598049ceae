package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How one category counts: its weight in the overall score and its items, in the order they are shown. */
public record CategoryRule(String key, BigDecimal weight, List<ItemRule> items) {

    public CategoryRule {
        Objects.requireNonNull(key, "key");
        ScoringModel.requirePositive(weight, "weight of category " + key);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Category " + key + " has no items");
        }
    }
}
