package app.scorecard.assessment;

import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person typed into a questionnaire, read against the exact version it shows: a choice per question ("1"–"5",
 * "na" or nothing) and an optional comment. Every problem is kept by question key, so the page can name it beside the
 * question; nothing the person typed is thrown away.
 */
public final class AnswerSheet {

    public static final String NOT_APPLICABLE = "na";

    /** Message keys of the problems. */
    public static final String INVALID_CHOICE = "answer.choice.invalid";

    public static final String COMMENT_TOO_LONG = "answer.comment.tooLong";
    public static final String UNANSWERED = "answer.required";
    public static final String UNKNOWN_QUESTION = "answer.unknownQuestion";

    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final int questionCount;

    private AnswerSheet(int questionCount) {
        this.questionCount = questionCount;
    }

    /**
     * @param choices question key to "1"–"5", "na", or blank
     * @param comments question key to an optional comment
     */
    public static AnswerSheet read(
            QuestionSetDefinition version, Map<String, String> choices, Map<String, String> comments) {
        AnswerSheet sheet = new AnswerSheet(version.questionCount());
        for (String key : choices.keySet()) {
            if (version.question(key).isEmpty()) {
                sheet.problems.put(key, UNKNOWN_QUESTION);
            }
        }
        for (String key : comments.keySet()) {
            if (version.question(key).isEmpty()) {
                sheet.problems.put(key, UNKNOWN_QUESTION);
            }
        }
        for (QuestionDefinition question : version.questions()) {
            sheet.readOne(question.key(), choices.get(question.key()), comments.get(question.key()));
        }
        return sheet;
    }

    private void readOne(String key, String choice, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > Answer.COMMENT_MAX_LENGTH) {
            problems.put(key, COMMENT_TOO_LONG);
            return;
        }
        String value = choice == null ? "" : choice.strip();
        if (value.isEmpty()) {
            if (text != null) {
                answers.put(key, Answer.unansweredWithComment(text));
            }
        } else if (value.equals(NOT_APPLICABLE)) {
            answers.put(key, Answer.notApplicable(text));
        } else if (value.matches("[1-5]")) {
            answers.put(key, Answer.of(Integer.parseInt(value), text));
        } else {
            problems.put(key, INVALID_CHOICE);
        }
    }

    /** Marks every question without a value or N/A, as submitting needs them all. */
    public AnswerSheet requireAllAnswered(QuestionSetDefinition version) {
        for (QuestionDefinition question : version.questions()) {
            Answer answer = answers.get(question.key());
            if ((answer == null || !answer.isAnswered()) && !problems.containsKey(question.key())) {
                problems.put(question.key(), UNANSWERED);
            }
        }
        return this;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Question key to message key. */
    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    public Map<String, Answer> answers() {
        return Collections.unmodifiableMap(answers);
    }

    public long answeredCount() {
        return answers.values().stream().filter(Answer::isAnswered).count();
    }

    public int questionCount() {
        return questionCount;
    }
}
