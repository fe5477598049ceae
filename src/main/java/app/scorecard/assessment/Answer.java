package app.scorecard.assessment;

import app.scorecard.scoring.ScoringService;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One person's answer to one question: a value 1–5, or "not applicable / don't know", and an optional comment. An
 * answer with neither value nor N/A holds only a comment: the question is still unanswered.
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

    protected Answer() {}

    private Answer(Integer value, boolean notApplicable, String comment) {
        if (value != null && (value < ScoringService.MIN_ANSWER || value > ScoringService.MAX_ANSWER)) {
            throw new IllegalArgumentException("An answer is 1–5, was " + value);
        }
        if (value != null && notApplicable) {
            throw new IllegalArgumentException("An answer is a value or N/A, not both");
        }
        if (comment != null && comment.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("A comment is at most " + COMMENT_MAX_LENGTH + " characters");
        }
        this.value = value;
        this.notApplicable = notApplicable;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
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

    /** Nothing worth storing: no choice and no comment. */
    public boolean isEmpty() {
        return !isAnswered() && comment == null;
    }

    /** The form value of the choice: "1"–"5", "na", or "" when unanswered. */
    public String choice() {
        return value != null ? value.toString() : notApplicable ? "na" : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer answer
                && notApplicable == answer.notApplicable
                && Objects.equals(value, answer.value)
                && Objects.equals(comment, answer.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, notApplicable, comment);
    }
}
