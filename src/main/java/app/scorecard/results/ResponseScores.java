package app.scorecard.results;

import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response's scores, computed once when it is submitted and stored with it: overall, per category and per
 * question, {@code null} where there were not enough answers, with the band and the version of the rules that computed
 * them.
 *
 * @param categories by category key, in questionnaire order
 * @param items by question key, in questionnaire order
 * @param band after the must-have cap (rules version 2); {@code bandBeforeCap} the band the overall score fell in
 * @param mustHavesMet whether every must-have was met; {@code null} under rules version 1, which had none
 */
public record ResponseScores(
        int rulesVersion,
        BigDecimal overall,
        String band,
        Map<String, BigDecimal> categories,
        Map<String, BigDecimal> items,
        String bandBeforeCap,
        Boolean mustHavesMet) {

    public ResponseScores {
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /** Scores without must-haves (rules version 1): the band was never capped. */
    public ResponseScores(
            int rulesVersion,
            BigDecimal overall,
            String band,
            Map<String, BigDecimal> categories,
            Map<String, BigDecimal> items) {
        this(rulesVersion, overall, band, categories, items, band, null);
    }

    public static ResponseScores of(int rulesVersion, Scorecard card) {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        card.categories().forEach(category -> categories.put(category.key(), category.score()));
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        card.items().forEach(item -> items.put(item.questionKey(), item.score()));
        return new ResponseScores(
                rulesVersion,
                card.overall(),
                card.band() == null ? null : card.band().label(),
                categories,
                items,
                card.bandBeforeCap() == null ? null : card.bandBeforeCap().label(),
                rulesVersion >= ScoringService.MUST_HAVE_RULES_VERSION ? card.mustHavesMet() : null);
    }
}
