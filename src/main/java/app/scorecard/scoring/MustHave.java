package app.scorecard.scoring;

import java.math.BigDecimal;

/**
 * One must-have as a result found it.
 *
 * @param points the item's points (1–5, after reversal) — a group's exact mean, shown to two decimals rounded down so
 *     that a mean just under the threshold never reads as reaching it; {@code null} when not known (answered N/A, or
 *     by nobody in a group)
 * @param met whether the exact points reach the threshold; a must-have that is not known is not met
 */
public record MustHave(String questionKey, int threshold, BigDecimal points, boolean met) {

    public boolean known() {
        return points != null;
    }
}
