package app.scorecard.questionbank;

import java.math.BigDecimal;
import java.util.List;

/** One category of a version, with its questions in display order. */
public record CategoryDefinition(
        String key, String name, String description, BigDecimal weight, List<QuestionDefinition> questions) {

    public CategoryDefinition {
        questions = List.copyOf(questions);
    }
}
