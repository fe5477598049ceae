package app.scorecard.results;

import app.scorecard.results.OrganisationScore.Withheld;
import java.util.Map;

/**
 * The organisation's numbers on one question set for one quarter: overall and per category (by category key), each
 * with how many teams contributed, or why it is not shown.
 */
public record OrganisationQuarter(
        Quarter quarter, OrganisationScore overall, Map<String, OrganisationScore> categories) {

    public OrganisationQuarter {
        categories = Map.copyOf(categories);
    }

    /** How many teams contributed to the overall number. */
    public int teams() {
        return overall.teams();
    }

    /** A category's number; none contributed (zero teams) for a category nobody has a score in. */
    public OrganisationScore category(String key) {
        OrganisationScore score = categories.get(key);
        if (score != null) {
            return score;
        }
        Withheld why = overall.withheld();
        return new OrganisationScore(
                0,
                null,
                why == Withheld.QUARTER_NOT_ENDED || why == Withheld.MINIMUM_RAISED ? why : Withheld.TOO_FEW_TEAMS);
    }
}
