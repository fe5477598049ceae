package app.scorecard.comparison.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.time.LocalDate;

/**
 * An action as a page lists it: with the words of its question and category, read from the exact version its round was
 * asked on (a published version never changes, so the words are the ones the team answered), and whether it is
 * overdue.
 *
 * @param overdue not done and due before today
 */
public record ActionLine(
        ActionView action, long roundId, String roundLabel, String categoryName, String questionText, boolean overdue) {

    /**
     * @param version the version the action's round was asked on
     * @param today the date (UTC) an action due before is overdue
     */
    public static ActionLine of(ActionView action, String roundLabel, QuestionSetDefinition version, LocalDate today) {
        String category = "";
        String text = action.questionKey(); // never the case: an action is recorded only on a question of its version
        for (CategoryDefinition candidate : version.categories()) {
            for (QuestionDefinition question : candidate.questions()) {
                if (question.key().equals(action.questionKey())) {
                    category = candidate.name();
                    text = question.text();
                }
            }
        }
        boolean overdue = action.status() != ActionStatus.DONE
                && action.dueOn() != null
                && action.dueOn().isBefore(today);
        return new ActionLine(action, action.roundId(), roundLabel, category, text, overdue);
    }
}
