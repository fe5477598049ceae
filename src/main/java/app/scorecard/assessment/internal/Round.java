package app.scorecard.assessment.internal;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.RespondentKind;
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

    @Column(name = "counts_manager_held_links", nullable = false, updatable = false)
    private boolean countsManagerHeldLinks;

    /**
     * When a team round closed, how many invited people had not given an answer that counts — kept so that its
     * response rate stays what it was, whoever joins or leaves the team later; {@code null} before that, and for rounds
     * closed before it was kept.
     */
    @Column(name = "not_answered_at_close")
    private Integer notAnsweredAtClose;

    /** Whether each question is also asked for where the team wants to be in a year: fixed when it starts. */
    @Column(name = "asks_targets", nullable = false, updatable = false)
    private boolean asksTargets;

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
            boolean countsManagerHeldLinks,
            boolean asksTargets,
            long createdBy,
            Instant createdAt) {
        this.asksTargets = asksTargets;
        this.teamId = teamId;
        this.versionId = versionId;
        this.mode = mode;
        this.label = label;
        this.status = RoundStatus.OPEN;
        this.closesOn = closesOn;
        this.countsManagerHeldLinks = countsManagerHeldLinks;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A manager's own view of their team: they are its only respondent. */
    public static Round selfAssessment(long teamId, long versionId, String label, long managerId, Instant now) {
        return selfAssessment(teamId, versionId, label, false, managerId, now);
    }

    /**
     * A manager's own view of their team, asking for targets or not.
     *
     * @param asksTargets whether each question is also asked for where the team wants to be in a year
     */
    public static Round selfAssessment(
            long teamId, long versionId, String label, boolean asksTargets, long managerId, Instant now) {
        return new Round(teamId, versionId, RoundMode.SELF, label, null, false, asksTargets, managerId, now);
    }

    /**
     * A round the whole team answers; the manager who starts it answers too.
     *
     * @param countsManagerHeldLinks whether answers through links its managers hand out count in its results: the
     *     team's setting when it starts, kept for good
     */
    public static Round teamRound(
            long teamId,
            long versionId,
            String label,
            LocalDate closesOn,
            boolean countsManagerHeldLinks,
            long managerId,
            Instant now) {
        return teamRound(teamId, versionId, label, closesOn, countsManagerHeldLinks, false, managerId, now);
    }

    /**
     * A round the whole team answers, asking for targets or not.
     *
     * @param asksTargets whether each question is also asked for where the team wants to be in a year
     */
    public static Round teamRound(
            long teamId,
            long versionId,
            String label,
            LocalDate closesOn,
            boolean countsManagerHeldLinks,
            boolean asksTargets,
            long managerId,
            Instant now) {
        return new Round(
                teamId,
                versionId,
                RoundMode.TEAM,
                label,
                closesOn,
                countsManagerHeldLinks,
                asksTargets,
                managerId,
                now);
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

    /** Keeps, once, how many invited people had not answered when the round closed. */
    public void keepNotAnsweredAtClose(long count) {
        if (notAnsweredAtClose == null) {
            notAnsweredAtClose = Math.toIntExact(count);
        }
    }

    public Integer getNotAnsweredAtClose() {
        return notAnsweredAtClose;
    }

    /** Open until closed by hand or until the end (UTC) of its closing date. */
    public boolean isOpenAt(Instant now) {
        return status == RoundStatus.OPEN && (closesOn == null || now.isBefore(endOfClosingDate()));
    }

    /** The moment its closing date ends (midnight UTC after it); {@code null} without a closing date. */
    public Instant endOfClosingDate() {
        return closesOn == null ? null : closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** When it stopped taking answers: closed by hand, or at the end of its closing date. */
    public Instant closingInstant() {
        return closedAt != null ? closedAt : endOfClosingDate();
    }

    /** Whether each question is also asked for where the team wants to be in a year. */
    public boolean asksTargets() {
        return asksTargets;
    }

    public boolean countsManagerHeldLinks() {
        return countsManagerHeldLinks;
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
        boolean beforeDate = closesOn == null || submittedAt.isBefore(endOfClosingDate());
        return beforeClosing && beforeDate;
    }

    /**
     * Whether a response counts in the round's results: submitted while the round took answers, by someone whose
     * answers count in a round of this kind with this setting for manager-held links ({@link AnonymityPolicy#counts}).
     */
    public boolean counts(Response response) {
        return response.isSubmitted() && accepts(response.getSubmittedAt()) && counts(response.kind());
    }

    /** Whether answers from this kind of respondent count in the round's results ({@link AnonymityPolicy#counts}). */
    public boolean counts(RespondentKind kind) {
        return AnonymityPolicy.counts(mode, kind, countsManagerHeldLinks);
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
