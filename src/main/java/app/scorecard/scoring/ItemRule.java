package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one question counts: its weight within its category, whether it is a reverse item (agreeing with it is the
 * mediocre answer), and whether it is a must-have: a condition, not points to trade.
 *
 * @param mustHaveThreshold for a must-have, the points (1–5, after reversal) it needs to be met; {@code null} otherwise
 */
public record ItemRule(String key, BigDecimal weight, boolean reverse, Integer mustHaveThreshold) {

    public ItemRule {
        Objects.requireNonNull(key, "key");
        ScoringModel.requirePositive(weight, "weight of item " + key);
        if (mustHaveThreshold != null
                && (mustHaveThreshold < ScoringService.MIN_ANSWER || mustHaveThreshold > ScoringService.MAX_ANSWER)) {
            throw new IllegalArgumentException(
                    "The must-have threshold of item " + key + " must be 1–5, was " + mustHaveThreshold);
        }
    }

    /** An item that is not a must-have. */
    public ItemRule(String key, BigDecimal weight, boolean reverse) {
        this(key, weight, reverse, null);
    }

    public boolean isMustHave() {
        return mustHaveThreshold != null;
    }
}
