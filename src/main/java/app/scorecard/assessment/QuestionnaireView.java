package app.scorecard.assessment;

import app.scorecard.questionbank.QuestionSetDefinition;
import java.time.Instant;
import java.util.Map;

/**
 * Everything the questionnaire page shows: the exact version, the saved answers and where they belong.
 *
 * @param open whether the round still takes answers
 */
public record QuestionnaireView(
        long responseId,
        long roundId,
        String teamName,
        String label,
        QuestionSetDefinition version,
        Map<String, Answer> answers,
        boolean submitted,
        boolean open,
        long lockVersion,
        Instant savedAt) {

    public QuestionnaireView {
        answers = Map.copyOf(answers);
    }
}
