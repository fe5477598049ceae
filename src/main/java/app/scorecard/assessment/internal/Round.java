package app.scorecard.assessment.internal;

import app.scorecard.results.RoundMode;
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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A round of a team against one exact question-set version: a manager's self-assessment (SELF) or a round the whole
 * team answers (TEAM). The manager who starts it is its manager.
 */
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

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Round() {}

    private Round(
            long teamId,
            long versionId,
            RoundMode mode,
            String label,
            LocalDate closesOn,
            long createdBy,
            Instant createdAt) {
        this.teamId = teamId;
        this.versionId = versionId;
        this.mode = mode;
        this.label = label;
        this.status = RoundStatus.OPEN;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A manager's own view of their team: they are its only respondent. */
    public static Round selfAssessment(long teamId, long versionId, String label, long managerId, Instant now) {
        return new Round(teamId, versionId, RoundMode.SELF, label, null, managerId, now);
    }

    /** A round the whole team answers; the manager who starts it answers too. */
    public static Round teamRound(
            long teamId, long versionId, String label, LocalDate closesOn, long managerId, Instant now) {
        return new Round(teamId, versionId, RoundMode.TEAM, label, closesOn, managerId, now);
    }

    /**
     * Closes the round now; a closed round takes no answers. Closing twice changes nothing.
     *
     * @return whether this call closed it
     */
    public boolean close(Instant now) {
        if (status == RoundStatus.OPEN) {
            status = RoundStatus.CLOSED;
            closedAt = now;
            return true;
        }
        return false;
    }

    /** Open until closed by hand or until the end (UTC) of its closing date. */
    public boolean isOpenAt(Instant now) {
        return status == RoundStatus.OPEN
                && (closesOn == null
                        || !LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(closesOn));
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

    /**
     * Whether an answer submitted at this moment belongs to the round: before it was closed by hand, and before the
     * end of its closing date. (A submit racing with closing can commit just after; it does not count.)
     */
    public boolean accepts(Instant submittedAt) {
        boolean beforeClosing = closedAt == null || !submittedAt.isAfter(closedAt);
        boolean beforeDate = closesOn == null
                || submittedAt.isBefore(closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        return beforeClosing && beforeDate;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
