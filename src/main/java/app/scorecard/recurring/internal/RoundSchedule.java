package app.scorecard.recurring.internal;

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
import org.jspecify.annotations.Nullable;

/**
 * A team's round that opens by itself: on a question set, every month or quarter from its first opening, open for
 * {@code openDays} days (closing date = opening day + that many days), asking targets or not, with invitations mailed to
 * the addresses it keeps. It runs as its owner, who set it up or last resumed it. Runs are claimed by
 * {@link RoundScheduleRepository#claim}, never by changing this object, so that two instances cannot both take one.
 */
@Entity
@Table(name = "round_schedule")
public class RoundSchedule {

    public static final int INVITEES_MAX_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "question_set_key", nullable = false, updatable = false)
    private String questionSetKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, updatable = false)
    private Frequency frequency;

    @Column(name = "first_opens_on", nullable = false, updatable = false)
    private LocalDate firstOpensOn;

    @Column(name = "open_days", nullable = false, updatable = false)
    private int openDays;

    @Column(name = "asks_targets", nullable = false, updatable = false)
    private boolean asksTargets;

    @Column(name = "invitees", nullable = false, updatable = false)
    private String invitees;

    @Column(name = "paused", nullable = false)
    private boolean paused;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_run_at")
    private @Nullable Instant lastRunAt;

    @Column(name = "last_round_id")
    private @Nullable Long lastRoundId;

    @Column(name = "last_round_label")
    private @Nullable String lastRoundLabel;

    @Column(name = "last_problem")
    private @Nullable String lastProblem;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RoundSchedule() {}

    public RoundSchedule(
            long teamId,
            String questionSetKey,
            Frequency frequency,
            LocalDate firstOpensOn,
            int openDays,
            boolean asksTargets,
            String invitees,
            long ownerId,
            Instant now) {
        if (openDays < 1 || openDays > frequency.maxOpenDays()) {
            throw new IllegalArgumentException(
                    "A round of this schedule is open 1 to " + frequency.maxOpenDays() + " days");
        }
        this.teamId = teamId;
        this.questionSetKey = questionSetKey;
        this.frequency = frequency;
        this.firstOpensOn = firstOpensOn;
        this.openDays = openDays;
        this.asksTargets = asksTargets;
        this.invitees = invitees;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.nextRunAt = Frequency.start(firstOpensOn);
    }

    /** Opens nothing until resumed. Pausing twice changes nothing. */
    public void pause() {
        paused = true;
    }

    /**
     * Runs again from the next opening after {@code now} (a period that began while it was paused is not made up for),
     * as the person who resumed it.
     */
    public void resume(long resumedBy, Instant now) {
        if (!paused) {
            return;
        }
        paused = false;
        ownerId = resumedBy;
        nextRunAt = Frequency.start(frequency.nextOpeningAfter(firstOpensOn, now));
        lastProblem = null;
    }

    /** Its next run after one claimed at {@code now}: the first opening after it, whatever runs were missed. */
    public Instant nextRunAfter(Instant now) {
        return Frequency.start(frequency.nextOpeningAfter(firstOpensOn, now));
    }

    /** The day of the opening a run at {@code now} stands for: the latest that has begun. */
    public LocalDate openingFor(Instant now) {
        return frequency.latestOpeningAtOrBefore(firstOpensOn, now);
    }

    public Long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getQuestionSetKey() {
        return questionSetKey;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public LocalDate getFirstOpensOn() {
        return firstOpensOn;
    }

    public int getOpenDays() {
        return openDays;
    }

    public boolean asksTargets() {
        return asksTargets;
    }

    public String getInvitees() {
        return invitees;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable Instant getLastRunAt() {
        return lastRunAt;
    }

    public @Nullable Long getLastRoundId() {
        return lastRoundId;
    }

    public @Nullable String getLastRoundLabel() {
        return lastRoundLabel;
    }

    public @Nullable String getLastProblem() {
        return lastProblem;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
