package app.scorecard.assessment;

import app.scorecard.scoring.ScoringService;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One person's answer to one question: a value 1–5, or "not applicable / don't know", and an optional comment. An
 * answer with neither value nor N/A holds only a comment: the question is still unanswered. When the round asks for
 * targets, it also holds where the person wants to be in a year — a target 1–5 or N/A, on the same scale; "answered"
 * always means today's side.
 */
@Embeddable
public class Answer {

    public static final int COMMENT_MAX_LENGTH = 2000;

    @Column(name = "answer_value")
    private Integer value;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "comment")
    private String comment;

    @Column(name = "target_value")
    private Integer targetValue;

    @Column(name = "target_not_applicable", nullable = false)
    private boolean targetNotApplicable;

    protected Answer() {}

    private Answer(Integer value, boolean notApplicable, String comment) {
        this(value, notApplicable, comment, null, false);
    }

    private Answer(
            Integer value, boolean notApplicable, String comment, Integer targetValue, boolean targetNotApplicable) {
        if (value != null && (value < ScoringService.MIN_ANSWER || value > ScoringService.MAX_ANSWER)) {
            throw new IllegalArgumentException("An answer is 1–5, was " + value);
        }
        if (value != null && notApplicable) {
            throw new IllegalArgumentException("An answer is a value or N/A, not both");
        }
        if (targetValue != null
                && (targetValue < ScoringService.MIN_ANSWER || targetValue > ScoringService.MAX_ANSWER)) {
            throw new IllegalArgumentException("A target is 1–5, was " + targetValue);
        }
        if (targetValue != null && targetNotApplicable) {
            throw new IllegalArgumentException("A target is a value or N/A, not both");
        }
        if (comment != null && comment.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("A comment is at most " + COMMENT_MAX_LENGTH + " characters");
        }
        this.value = value;
        this.notApplicable = notApplicable;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.targetValue = targetValue;
        this.targetNotApplicable = targetNotApplicable;
    }

    public static Answer of(int value, String comment) {
        return new Answer(value, false, comment);
    }

    public static Answer notApplicable(String comment) {
        return new Answer(null, true, comment);
    }

    public static Answer unansweredWithComment(String comment) {
        return new Answer(null, false, comment);
    }

    /** Nothing chosen and nothing commented, on either side: add a target with {@link #withTarget}. */
    public static Answer blank() {
        return new Answer(null, false, null);
    }

    /** The same answer for today, with this target (1–5) for a year from now. */
    public Answer withTarget(int target) {
        return new Answer(value, notApplicable, comment, target, false);
    }

    /** The same answer for today, with "not applicable / don't know" for a year from now. */
    public Answer withTargetNotApplicable() {
        return new Answer(value, notApplicable, comment, null, true);
    }

    /** The same answer for today, with no target chosen. */
    public Answer withoutTarget() {
        return new Answer(value, notApplicable, comment, null, false);
    }

    public Integer value() {
        return value;
    }

    public boolean isNotApplicable() {
        return notApplicable;
    }

    public String comment() {
        return comment;
    }

    /** A value or N/A was chosen. */
    public boolean isAnswered() {
        return value != null || notApplicable;
    }

    /** The target 1–5, or {@code null} when it is N/A or not chosen. */
    public Integer target() {
        return targetValue;
    }

    public boolean isTargetNotApplicable() {
        return targetNotApplicable;
    }

    /** A target value or target N/A was chosen. */
    public boolean isTargetAnswered() {
        return targetValue != null || targetNotApplicable;
    }

    /** Nothing worth storing: no choice on either side and no comment. */
    public boolean isEmpty() {
        return !isAnswered() && !isTargetAnswered() && comment == null;
    }

    /** The form value of the choice: "1"–"5", "na", or "" when unanswered. */
    public String choice() {
        return value != null ? value.toString() : notApplicable ? "na" : "";
    }

    /** The form value of the target: "1"–"5", "na", or "" when none was chosen. */
    public String targetChoice() {
        return targetValue != null ? targetValue.toString() : targetNotApplicable ? "na" : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer answer
                && notApplicable == answer.notApplicable
                && Objects.equals(value, answer.value)
                && Objects.equals(comment, answer.comment)
                && targetNotApplicable == answer.targetNotApplicable
                && Objects.equals(targetValue, answer.targetValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, notApplicable, comment, targetValue, targetNotApplicable);
    }
}
