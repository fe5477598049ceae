package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.QuestionBankRules.MAX_WEIGHT;
import static app.scorecard.questionbank.internal.QuestionBankRules.WEIGHT_MAX_DECIMALS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document, with the checks every field shares. */
public final class DocumentProblems {

    private final List<DocumentProblem> list = new ArrayList<>();

    public List<DocumentProblem> list() {
        return list;
    }

    public void add(String path, String message) {
        list.add(DocumentProblem.at(path, message));
    }

    /** @return whether the key is valid */
    public boolean key(String path, String key) {
        if (key == null || key.isBlank()) {
            add(path, "is required");
            return false;
        }
        if (!QuestionBankRules.isValidKey(key)) {
            add(
                    path,
                    "'" + key + "' must be " + QuestionBankRules.KEY_MIN_LENGTH + "–"
                            + QuestionBankRules.KEY_MAX_LENGTH
                            + " lowercase letters, digits and single hyphens, starting with a letter");
            return false;
        }
        return true;
    }

    public void requiredText(String path, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            add(path, "is required");
        } else {
            optionalText(path, text, maxLength);
        }
    }

    public void optionalText(String path, String text, int maxLength) {
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            add(path, "must be at most " + maxLength + " characters");
        }
    }

    public void weight(String path, BigDecimal weight) {
        if (weight == null) {
            return; // defaults to 1
        }
        if (weight.signum() <= 0) {
            add(path, "must be greater than 0");
        } else if (weight.compareTo(MAX_WEIGHT) > 0) {
            add(path, "must be at most " + MAX_WEIGHT.toPlainString());
        } else if (weight.stripTrailingZeros().scale() > WEIGHT_MAX_DECIMALS) {
            add(path, "must have at most " + WEIGHT_MAX_DECIMALS + " decimals");
        }
    }
}
