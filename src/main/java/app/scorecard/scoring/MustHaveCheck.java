package app.scorecard.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The must-have rules (version 2): whether each must-have is met, and the band a result keeps when one is not.
 * Applied by {@link ScoringService} after the scores, which they never change.
 */
final class MustHaveCheck {

    private MustHaveCheck() {}

    /**
     * Every must-have in questionnaire order: its points after reversal (a group's exact mean), and whether they reach
     * its threshold. An item without a value (N/A, or nobody in a group) is not known, and so not met.
     */
    static List<MustHave> of(ScoringModel model, Map<String, Fraction> values) {
        List<MustHave> mustHaves = new ArrayList<>();
        for (CategoryRule category : model.categories()) {
            for (ItemRule item : category.items()) {
                if (!item.isMustHave()) {
                    continue;
                }
                Fraction value = values.get(item.key());
                if (value == null) {
                    mustHaves.add(new MustHave(item.key(), item.mustHaveThreshold(), null, false));
                    continue;
                }
                Fraction points = ScoringService.points(value, item.reverse());
                mustHaves.add(new MustHave(
                        item.key(),
                        item.mustHaveThreshold(),
                        points.truncatedToTwoDecimals(),
                        !points.isLessThan(Fraction.of(item.mustHaveThreshold()))));
            }
        }
        return mustHaves;
    }

    /** The band after the cap: the model's cap band when a must-have is not met and the band is above it. */
    static Band cap(ScoringModel model, Band band, List<MustHave> mustHaves) {
        boolean allMet = mustHaves.stream().allMatch(MustHave::met);
        return band == null || allMet || band.min() <= model.cap().min() ? band : model.cap();
    }
}
