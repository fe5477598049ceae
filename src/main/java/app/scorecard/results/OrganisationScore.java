package app.scorecard.results;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One of the organisation's numbers — overall or a category's, for one question set and quarter — or why there is none.
 *
 * @param teams how many teams contributed: teams whose latest team round of the quarter counts and has a score here
 * @param score the mean of their recorded scores; {@code null} whenever {@code withheld} says why — never computed then
 * @param withheld {@code null} when the number is shown
 */
public record OrganisationScore(
        int teams, @Nullable BigDecimal score, @Nullable Withheld withheld) {

    /** Why an organisation's number is not shown, in the order the rules are applied. */
    public enum Withheld {
        /**
         * The quarter is under way, or ended less than a day ago ({@link Quarter#settled}): rounds recorded later would
         * change the number, and the change would give them away.
         */
        QUARTER_NOT_ENDED,
        /**
         * A round of the quarter was shown when it closed and is hidden now, the anonymity minimum having been raised:
         * the number without it, next to the one seen before, would give it away.
         */
        MINIMUM_RAISED,
        /** Fewer teams contributed than the minimum of teams. */
        TOO_FEW_TEAMS,
        /** Enough teams contributed, but not enough besides those whose results the reader sees anyway. */
        TOO_FEW_OTHER_TEAMS
    }

    public boolean shown() {
        return withheld == null;
    }
}
