package app.scorecard.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the people a team round invited have answered, counted the way its results count. Answered: the answers
 * the results count (a finished round's as recorded). Invited: those answers, plus everyone who could still give one
 * that counts and has not — the team's members with an account (as the team is today) without a counted answer, and
 * the round's personal links that are neither revoked nor answered: mailed ones always, links the manager hands out
 * only where the round counts them. Managers are in neither number, as their answers never count; nobody is named.
 */
public record ResponseRate(long answered, long invited) {

    /** Whole percent, half up: 5 of 8 is 63; {@code null} when nobody is invited. */
    public Integer percent() {
        if (invited == 0) {
            return null;
        }
        return BigDecimal.valueOf(answered * 100)
                .divide(BigDecimal.valueOf(invited), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
