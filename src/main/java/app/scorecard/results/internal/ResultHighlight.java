package app.scorecard.results.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of a result's strengths or gaps: a question, in the order the scorecard lists them. */
@Embeddable
public class ResultHighlight {

    /** A strength (scored high) or a gap (scored low). */
    public enum Kind {
        STRENGTH,
        GAP
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "question_key", nullable = false)
    private String questionKey;

    protected ResultHighlight() {}

    public ResultHighlight(Kind kind, String questionKey) {
        this.kind = kind;
        this.questionKey = questionKey;
    }

    public Kind kind() {
        return kind;
    }

    public String questionKey() {
        return questionKey;
    }
}
