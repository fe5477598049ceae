package app.scorecard.scoring;

import java.math.BigDecimal;

/** One question's score (0–100, one decimal), or {@code null} when it was answered N/A. */
public record ItemScore(String categoryKey, String questionKey, BigDecimal score) {

    public boolean isAnswered() {
        return score != null;
    }
}
