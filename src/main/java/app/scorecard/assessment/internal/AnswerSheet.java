package app.scorecard.assessment.internal;

import app.scorecard.assessment.Answer;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person typed into a questionnaire, read against the exact version it shows: a choice per question ("1"–"5",
 * "na" or nothing), an optional comment, and — when the round asks for targets — a target per question, chosen alike. Every problem is kept by question key, so the page can name it beside the
 * question; nothing the person typed is thrown away.
 */
public final class AnswerSheet {

    public static final String NOT_APPLICABLE = "na";

    /** Message keys of the problems. */
    public static final String INVALID_CHOICE = "answer.choice.invalid";

    public static final String COMMENT_TOO_LONG = "answer.comment.tooLong";
    public static final String UNANSWERED = "answer.required";
    public static final String UNKNOWN_QUESTION = "answer.unknownQuestion";
    public static final String INVALID_TARGET = "answer.target.invalid";
    public static final String TARGET_UNANSWERED = "answer.target.required";
    public static final String BOTH_UNANSWERED = "answer.bothRequired";

    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final int questionCount;
    private final boolean asksTargets;

    private AnswerSheet(int questionCount, boolean asksTargets) {
        this.questionCount = questionCount;
        this.asksTargets = asksTargets;
    }

    /**
     * @param choices question key to "1"–"5", "na", or blank
     * @param comments question key to an optional comment
     */
    public static AnswerSheet read(
            QuestionSetDefinition version, Map<String, String> choices, Map<String, String> comments) {
        return read(version, choices, comments, Map.of(), false);
    }

    /**
     * @param choices question key to "1"–"5", "na", or blank
     * @param comments question key to an optional comment
     * @param targets question key to a target "1"–"5", "na", or blank; ignored unless the round asks for targets
     * @param asksTargets whether the round asks for targets
     */
    public static AnswerSheet read(
            QuestionSetDefinition version,
            Map<String, String> choices,
            Map<String, String> comments,
            Map<String, String> targets,
            boolean asksTargets) {
        AnswerSheet sheet = new AnswerSheet(version.questionCount(), asksTargets);
        Map<String, String> askedTargets = asksTargets ? targets : Map.of();
        for (String key : askedTargets.keySet()) {
            if (version.question(key).isEmpty()) {
                sheet.problems.put(key, UNKNOWN_QUESTION);
            }
        }
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
            sheet.readOne(
                    question.key(),
                    choices.get(question.key()),
                    comments.get(question.key()),
                    askedTargets.get(question.key()));
        }
        return sheet;
    }

    private void readOne(String key, String choice, String comment, String targetChoice) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > Answer.COMMENT_MAX_LENGTH) {
            problems.put(key, COMMENT_TOO_LONG);
            return;
        }
        String value = choice == null ? "" : choice.strip();
        Answer answer;
        if (value.isEmpty()) {
            answer = Answer.unansweredWithComment(text);
        } else if (value.equals(NOT_APPLICABLE)) {
            answer = Answer.notApplicable(text);
        } else if (value.matches("[1-5]")) {
            answer = Answer.of(Integer.parseInt(value), text);
        } else {
            problems.put(key, INVALID_CHOICE);
            return;
        }
        String target = targetChoice == null ? "" : targetChoice.strip();
        if (target.equals(NOT_APPLICABLE)) {
            answer = answer.withTargetNotApplicable();
        } else if (target.matches("[1-5]")) {
            answer = answer.withTarget(Integer.parseInt(target));
        } else if (!target.isEmpty()) {
            problems.put(key, INVALID_TARGET);
            return;
        }
        if (!answer.isEmpty()) {
            answers.put(key, answer);
        }
    }

    /**
     * Marks every question without a value or N/A — and, when the round asks for targets, without a target or target
     * N/A — as submitting needs them all.
     */
    public AnswerSheet requireAllAnswered(QuestionSetDefinition version) {
        for (QuestionDefinition question : version.questions()) {
            if (problems.containsKey(question.key())) {
                continue;
            }
            Answer answer = answers.get(question.key());
            boolean today = answer != null && answer.isAnswered();
            boolean target = !asksTargets || (answer != null && answer.isTargetAnswered());
            if (!today && !target) {
                problems.put(question.key(), BOTH_UNANSWERED);
            } else if (!today) {
                problems.put(question.key(), UNANSWERED);
            } else if (!target) {
                problems.put(question.key(), TARGET_UNANSWERED);
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

    /** Questions answered in full: today, and the target too when the round asks for one. */
    public long answeredCount() {
        return answers.values().stream()
                .filter(answer -> answer.isAnswered() && (!asksTargets || answer.isTargetAnswered()))
                .count();
    }

    public int questionCount() {
        return questionCount;
    }
}
