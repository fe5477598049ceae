package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.QuestionBankRules.BAND_LABEL_MAX_LENGTH;

import app.scorecard.questionbank.internal.QuestionSetDocument.BandEntry;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rules of a set's score bands, one set of them for documents and for the editor's bands form: at least one band,
 * each with a label and a minimum from 0 to 100, the first at 0 and each above the one before.
 *
 * <p>Documents and the form say two of the problems in their own words (a document may leave its bands out; the form
 * is rows of a table), so each caller passes its {@link Wording}.
 */
public final class ScoreBandRules {

    /**
     * How a caller says the problems it words its own way.
     *
     * @param noBands there is no band at all
     * @param notAbovePrevious a minimum is not above the one of the band before, which it is given
     */
    public record Wording(String noBands, IntFunction<String> notAbovePrevious) {}

    private ScoreBandRules() {}

    /** Adds every problem of the bands to {@code problems}, at {@code bands} or {@code bands[i]…}. */
    public static void check(List<BandEntry> bands, Wording wording, DocumentProblems problems) {
        if (bands.isEmpty()) {
            problems.add("bands", wording.noBands());
            return;
        }
        Integer previous = null;
        for (int i = 0; i < bands.size(); i++) {
            String path = "bands[" + i + "]";
            BandEntry band = bands.get(i);
            if (band == null) {
                problems.add(path, "must not be empty");
                continue;
            }
            problems.requiredText(path + ".label", band.label(), BAND_LABEL_MAX_LENGTH);
            Integer min = band.min();
            if (min == null) {
                problems.add(path + ".min", "is required");
            } else if (min < 0 || min > 100) {
                problems.add(path + ".min", "must be between 0 and 100");
            } else if (i == 0 && min != 0) {
                problems.add(path + ".min", "the first band must start at 0");
            } else if (previous != null && min <= previous) {
                problems.add(path + ".min", wording.notAbovePrevious().apply(previous));
            }
            if (min != null) {
                previous = min;
            }
        }
    }
}
