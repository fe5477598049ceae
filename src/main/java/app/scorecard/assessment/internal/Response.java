package app.scorecard.assessment.internal;

import app.scorecard.assessment.Answer;
import app.scorecard.assessment.RoundClosedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's answers to a round. A draft can be saved again and again; submitting freezes it, once: a second
 * submit changes nothing.
 */
@Entity
@Table(name = "response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private Round round;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id", updatable = false)
    private Invitation invitation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ResponseStatus status;

    @Column(name = "submission_id")
    private String submissionId;

    @ElementCollection
    @CollectionTable(name = "response_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_key")
    private Map<String, Answer> answers = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "response_score", joinColumns = @JoinColumn(name = "response_id"))
    private Set<StoredScore> scores = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Response() {}

    private Response(Round round, Long accountId, Invitation invitation, Instant now) {
        this.round = round;
        this.accountId = accountId;
        this.invitation = invitation;
        this.status = ResponseStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static Response draftFor(Round round, long accountId, Instant now) {
        return new Response(round, accountId, null, now);
    }

    /** The draft of someone without an account, who answers through their personal invitation link. */
    public static Response draftFor(Invitation invitation, Instant now) {
        return new Response(invitation.getRound(), null, invitation, now);
    }

    /** Replaces the draft's answers; empty answers (no choice, no comment) are not kept. */
    public void saveDraft(Map<String, Answer> newAnswers, Instant now) {
        requireDraft();
        requireOpenRound(now);
        replaceAnswers(newAnswers);
        this.updatedAt = now;
    }

    /** Stores the final answers and freezes the response, with its scores as they are now. */
    public void submit(Map<String, Answer> finalAnswers, String submissionId, Instant now, List<StoredScore> scores) {
        requireDraft();
        requireOpenRound(now);
        replaceAnswers(finalAnswers);
        this.status = ResponseStatus.SUBMITTED;
        this.submissionId = submissionId;
        this.submittedAt = now;
        this.updatedAt = now;
        this.scores.addAll(scores);
    }

    private void replaceAnswers(Map<String, Answer> newAnswers) {
        answers.keySet().retainAll(newAnswers.keySet());
        newAnswers.forEach((key, answer) -> {
            if (answer.isEmpty()) {
                answers.remove(key);
            } else if (!answer.equals(answers.get(key))) {
                answers.put(key, answer);
            }
        });
    }

    private void requireOpenRound(Instant now) {
        if (!round.isOpenAt(now)) {
            throw new RoundClosedException();
        }
    }

    private void requireDraft() {
        if (isSubmitted()) {
            throw new IllegalStateException("Response " + id + " is submitted and cannot change");
        }
    }

    /** The answers as the scoring service takes them: question key to 1–5, or {@code null} for N/A. */
    public Map<String, Integer> scoringAnswers() {
        Map<String, Integer> values = new HashMap<>();
        answers.forEach((key, answer) -> {
            if (answer.isAnswered()) {
                values.put(key, answer.value());
            }
        });
        return values;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    public boolean isRespondent(long candidateAccountId) {
        return accountId != null && accountId == candidateAccountId;
    }

    public Long getId() {
        return id;
    }

    public Round getRound() {
        return round;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Set<StoredScore> getScores() {
        return Collections.unmodifiableSet(scores);
    }

    public Map<String, Answer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
