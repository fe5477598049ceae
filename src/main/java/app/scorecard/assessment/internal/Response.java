package app.scorecard.assessment.internal;

import app.scorecard.assessment.Answer;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.ScoreScope;
import app.scorecard.results.SubmittedResponse;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's answers to a round. A draft can be saved again and again; submitting freezes it, once: a second
 * submit changes nothing. A submitted response keeps the scores computed for it then, the rules version that computed
 * them, and the respondent's role in the team at that moment — what the round's result counts, whatever changes later.
 * A draft saved through a link belongs to the browser that saved it first (see {@link #isHeldBy}).
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

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_kind")
    private RespondentKind respondentKind;

    @Column(name = "rules_version")
    private Integer rulesVersion;

    @Column(name = "overall")
    private BigDecimal overall;

    @Column(name = "band")
    private String band;

    @Column(name = "band_before_cap")
    private String bandBeforeCap;

    @Column(name = "must_haves_met")
    private Boolean mustHavesMet;

    @Column(name = "holder_hash")
    private String holderHash;

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

    /**
     * Stores the final answers and freezes the response, with its scores and who gave it as things are now: a
     * respondent's role in the team, or how their link reached them.
     */
    public void submit(
            Map<String, Answer> finalAnswers,
            String submissionId,
            Instant now,
            RespondentKind kind,
            ResponseScores scores) {
        requireDraft();
        requireOpenRound(now);
        boolean throughLink = kind == RespondentKind.INVITEE || kind == RespondentKind.MANAGER_HELD_LINK;
        if (throughLink != (invitation != null)
                || (kind == RespondentKind.INVITEE) != (throughLink && invitation.isMailed())) {
            throw new IllegalArgumentException("A " + kind + " cannot give response " + id);
        }
        replaceAnswers(finalAnswers);
        this.status = ResponseStatus.SUBMITTED;
        this.submissionId = submissionId;
        this.submittedAt = now;
        this.updatedAt = now;
        this.respondentKind = kind;
        this.rulesVersion = scores.rulesVersion();
        this.overall = scores.overall();
        this.band = scores.band();
        if (scores.mustHavesMet() != null) {
            this.bandBeforeCap = scores.bandBeforeCap();
            this.mustHavesMet = scores.mustHavesMet();
        }
        scores.categories().forEach((key, score) -> this.scores.add(new StoredScore(ScoreScope.CATEGORY, key, score)));
        scores.items().forEach((key, score) -> this.scores.add(new StoredScore(ScoreScope.ITEM, key, score)));
    }

    /**
     * Binds a link's draft to the browser that saves it first: only the holder of the secret behind this hash may read,
     * change or submit it from then on.
     *
     * @param hash a one-way hash of that browser's secret and this link
     */
    public void bindTo(String hash) {
        if (holderHash != null) {
            throw new IllegalStateException("Response " + id + " already belongs to a browser");
        }
        this.holderHash = hash;
    }

    /**
     * Whether the browser with this hash (of its secret and the link) may see and change the response: a draft saved
     * through a link, only the browser that saved it; a draft from before drafts were bound, nobody.
     */
    public boolean isHeldBy(String hash) {
        return holderHash != null
                && hash != null
                && MessageDigest.isEqual(
                        holderHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Takes over a link's draft saved before drafts belonged to a browser: it becomes this browser's, and what was in
     * it is dropped unseen, since nobody can tell whose it was.
     */
    public void takeOverUnbound(String hash) {
        bindTo(hash);
        answers.clear();
    }

    /** Whether a link's draft belongs to a browser already. */
    public boolean isBound() {
        return holderHash != null;
    }

    /** Whether these answers are exactly the ones stored (a save sent again after its first try was stored). */
    public boolean holds(Map<String, Answer> someAnswers) {
        Map<String, Answer> kept = new HashMap<>();
        someAnswers.forEach((key, answer) -> {
            if (!answer.isEmpty()) {
                kept.put(key, answer);
            }
        });
        return kept.equals(answers);
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

    /**
     * Who gave it, as recorded when it was submitted: their role in the team then, or how their link reached them;
     * {@code null} for a draft.
     */
    public RespondentKind kind() {
        return respondentKind;
    }

    /** The scores stored when it was submitted. */
    public ResponseScores storedScores() {
        Map<String, BigDecimal> categories = new LinkedHashMap<>();
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (StoredScore score : scores) {
            switch (score.scope()) {
                case CATEGORY -> categories.put(score.key(), score.score());
                case ITEM -> items.put(score.key(), score.score());
                case OVERALL -> throw new IllegalStateException("The overall score is a column of the response");
            }
        }
        return new ResponseScores(
                rulesVersion == null ? 0 : rulesVersion,
                overall,
                band,
                categories,
                items,
                mustHavesMet == null ? band : bandBeforeCap,
                mustHavesMet);
    }

    /**
     * The response as its round's result takes it in: kind, answers, comments, stored scores, and the targets when its
     * round asks for them.
     */
    public SubmittedResponse toSubmitted() {
        if (!isSubmitted()) {
            throw new IllegalStateException("Response " + id + " is not submitted");
        }
        Map<String, Integer> values = new HashMap<>();
        Map<String, Integer> targets = new HashMap<>();
        List<String> comments = new ArrayList<>();
        answers.forEach((key, answer) -> {
            if (answer.isAnswered()) {
                values.put(key, answer.value());
            }
            if (round.asksTargets() && answer.isTargetAnswered()) {
                targets.put(key, answer.target());
            }
            if (answer.comment() != null) {
                comments.add(answer.comment());
            }
        });
        return new SubmittedResponse(id, kind(), values, comments, storedScores(), targets);
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

    /** The overall score it got when it was submitted, {@code null} when there were not enough answers. */
    public BigDecimal getOverall() {
        return overall;
    }

    /** The band of {@link #getOverall()}. */
    public String getBand() {
        return band;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
