package app.scorecard.assessment.internal;

import app.scorecard.assessment.RoundMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A team's round against one exact question-set version. */
@Entity
@Table(name = "assessment_round")
public class Round {

    public static final int LABEL_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "question_set_version_id", nullable = false, updatable = false)
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false)
    private RoundMode mode;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RoundStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Round() {}

    private Round(long teamId, long versionId, RoundMode mode, String label, long createdBy, Instant createdAt) {
        this.teamId = teamId;
        this.versionId = versionId;
        this.mode = mode;
        this.label = label;
        this.status = RoundStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A manager's own view of their team: they are its only respondent. */
    public static Round selfAssessment(long teamId, long versionId, String label, long managerId, Instant now) {
        return new Round(teamId, versionId, RoundMode.SELF, label, managerId, now);
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getVersionId() {
        return versionId;
    }

    public RoundMode getMode() {
        return mode;
    }

    public String getLabel() {
        return label;
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
