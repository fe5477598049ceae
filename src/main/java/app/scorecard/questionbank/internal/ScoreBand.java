package app.scorecard.questionbank.internal;

import app.scorecard.scoring.Band;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A score band as stored with its version. */
@Embeddable
public class ScoreBand {

    @Column(name = "min_score", nullable = false)
    private int minScore;

    @Column(name = "label", nullable = false)
    private String label;

    protected ScoreBand() {}

    public ScoreBand(int minScore, String label) {
        this.minScore = minScore;
        this.label = label;
    }

    public int getMinScore() {
        return minScore;
    }

    public String getLabel() {
        return label;
    }

    public Band toBand() {
        return new Band(minScore, label);
    }
}
