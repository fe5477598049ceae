package app.scorecard.assessment;

import app.scorecard.questionbank.QuestionSetDefinition;
import java.time.Instant;
import java.util.Map;

/**
 * Everything the questionnaire page shows: the exact version, the saved answers and where they belong.
 *
 * @param open whether the round still takes answers
 * @param asksTargets whether each question is also asked for where the team wants to be in a year
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
        Instant savedAt,
        boolean asksTargets) {

    public QuestionnaireView {
        answers = Map.copyOf(answers);
    }

    /** The questionnaire of a round that asks no targets. */
    public QuestionnaireView(
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
        this(responseId, roundId, teamName, label, version, answers, submitted, open, lockVersion, savedAt, false);
    }
}
