package app.scorecard.comparison.internal;

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

/** One action a manager means to take about a question of a round. */
@Entity
@Table(name = "round_action")
public class RoundAction {

    public static final int WHAT_MAX_LENGTH = 500;
    public static final int OWNER_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "question_key", nullable = false, updatable = false)
    private String questionKey;

    @Column(name = "what", nullable = false)
    private String what;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ActionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RoundAction() {}

    public RoundAction(long roundId, String questionKey, String what, String owner, LocalDate dueOn, Instant now) {
        this.roundId = roundId;
        this.questionKey = questionKey;
        this.what = what;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionStatus.PLANNED;
        this.createdAt = now;
    }

    public void moveTo(ActionStatus status) {
        this.status = status;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public ActionView toView() {
        return new ActionView(id, roundId, questionKey, what, owner, dueOn, status, lockVersion);
    }
}
