package app.scorecard.scoring;

import java.math.BigDecimal;

/**
 * A category's score (0–100, one decimal) or {@code null} when too few of its items were answered; {@code answered}
 * of its {@code total} items had an answer other than N/A.
 */
public record CategoryScore(String key, BigDecimal score, int answered, int total) {

    public boolean isScored() {
        return score != null;
    }
}
