package app.scorecard.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One score of a finished round — overall, a category's or a question's — by the scoring rules, with the number, mean
 * and sample variance of the respondents' own scores there, which tell a real change from noise.
 */
@Embeddable
public class ResultScore {

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private ScoreScope scope;

    @Column(name = "score_key", nullable = false)
    private String key;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "answered", nullable = false)
    private int answered;

    @Column(name = "mean")
    private Double mean;

    @Column(name = "variance")
    private Double variance;

    protected ResultScore() {}

    public ResultScore(ScoreScope scope, String key, BigDecimal score, int answered, Double mean, Double variance) {
        this.scope = scope;
        this.key = key;
        this.score = score;
        this.answered = answered;
        this.mean = mean;
        this.variance = variance;
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

    public int answered() {
        return answered;
    }

    public Double mean() {
        return mean;
    }

    public Double variance() {
        return variance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultScore that && scope == that.scope && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, key);
    }
}
