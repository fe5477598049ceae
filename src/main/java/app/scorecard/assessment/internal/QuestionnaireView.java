package app.scorecard.assessment.internal;

import app.scorecard.assessment.Answer;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.time.Instant;
import java.util.Locale;
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

    /**
     * The questionnaire in a reader's language: the version's texts where it has them in that language, English
     * otherwise. Keys stay as they are, so what is posted back is the same answers whatever the language.
     */
    public QuestionnaireView in(Locale reader) {
        return new QuestionnaireView(
                responseId,
                roundId,
                teamName,
                label,
                version.in(reader),
                answers,
                submitted,
                open,
                lockVersion,
                savedAt,
                asksTargets);
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
