package app.scorecard.questionbank.web;

import app.scorecard.questionbank.QuestionDefinition;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** Small helpers the editor's forms share. */
final class QuestionForms {

    private QuestionForms() {}

    /** Whether respondents would read the two as different questions. */
    static boolean reworded(QuestionDefinition before, QuestionDefinition after) {
        return !before.text().equals(after.text())
                || before.kind() != after.kind()
                || !Objects.equals(before.excellencePole(), after.excellencePole())
                || !Objects.equals(before.mediocrityPole(), after.mediocrityPole())
                || before.reverse() != after.reverse();
    }

    /**
     * A weight as typed: blank means 1; anything else must be a number.
     *
     * @param problems gets {@code weight} when it is not a number
     */
    static BigDecimal weight(String typed, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put("weight", "must be a number greater than 0 and at most 10, such as 1 or 1.5");
            return null;
        }
    }
}
