package app.scorecard.assessment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A finished round's results, written once when it finishes (a self-assessment when submitted, a team round when
 * closed) and read by the history, comparisons and heatmaps. A team round below the anonymity minimum is recorded
 * with {@code shown = false} and no scores at all.
 */
@Entity
@Table(name = "round_result")
public class RoundResult {

    @Id
    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "set_key", nullable = false, updatable = false)
    private String setKey;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "respondents", nullable = false, updatable = false)
    private int respondents;

    @Column(name = "shown", nullable = false, updatable = false)
    private boolean shown;

    @Column(name = "overall", updatable = false)
    private BigDecimal overall;

    @Column(name = "band", updatable = false)
    private String band;

    @ElementCollection
    @CollectionTable(name = "round_result_score", joinColumns = @JoinColumn(name = "round_id"))
    private List<ResultScore> scores = new ArrayList<>();

    protected RoundResult() {}

    public RoundResult(
            long roundId,
            long teamId,
            String setKey,
            long versionId,
            Instant finishedAt,
            int respondents,
            boolean shown,
            BigDecimal overall,
            String band,
            List<ResultScore> scores) {
        this.roundId = roundId;
        this.teamId = teamId;
        this.setKey = setKey;
        this.versionId = versionId;
        this.finishedAt = finishedAt;
        this.respondents = respondents;
        this.shown = shown;
        this.overall = shown ? overall : null;
        this.band = shown ? band : null;
        if (shown) {
            this.scores.addAll(scores);
        }
    }

    public long getRoundId() {
        return roundId;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getSetKey() {
        return setKey;
    }

    public long getVersionId() {
        return versionId;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getRespondents() {
        return respondents;
    }

    public boolean isShown() {
        return shown;
    }

    public BigDecimal getOverall() {
        return overall;
    }

    public String getBand() {
        return band;
    }

    public List<ResultScore> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
