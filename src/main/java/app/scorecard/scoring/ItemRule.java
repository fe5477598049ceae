package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one question counts: its weight within its category, and whether it is a reverse item (agreeing with it is the
 * mediocre answer).
 */
public record ItemRule(String key, BigDecimal weight, boolean reverse) {

    public ItemRule {
        Objects.requireNonNull(key, "key");
        ScoringModel.requirePositive(weight, "weight of item " + key);
    }
}
