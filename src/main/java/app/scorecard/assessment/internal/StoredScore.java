package app.scorecard.assessment.internal;

import app.scorecard.results.ScoreScope;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of a response's scores as it was computed when it was submitted: a category's or a question's, {@code null}
 * when there were not enough answers (its overall score is a column of the response).
 */
@Embeddable
public class StoredScore {

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private ScoreScope scope;

    @Column(name = "score_key", nullable = false)
    private String key;

    @Column(name = "score")
    private BigDecimal score;

    protected StoredScore() {}

    public StoredScore(ScoreScope scope, String key, BigDecimal score) {
        this.scope = scope;
        this.key = key;
        this.score = score;
    }

    public ScoreScope scope() {
        return scope;
    }

    public String key() {
        return key;
    }

    public BigDecimal score() {
        return score;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredScore that
                && scope == that.scope
                && key.equals(that.key)
                && Objects.equals(
                        score == null ? null : score.stripTrailingZeros(),
                        that.score == null ? null : that.score.stripTrailingZeros());
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, key);
    }
}
