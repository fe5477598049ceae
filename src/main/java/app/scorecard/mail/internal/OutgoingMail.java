package app.scorecard.mail.internal;

import app.scorecard.mail.MailStatus;
import app.scorecard.mail.MailStatus.State;
import app.scorecard.mail.OutgoingMessage;
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
import org.jspecify.annotations.Nullable;

/**
 * One message of the outbox, from queued until the mail server took it (or refused it, or it was cancelled). Each
 * attempt is claimed first ({@link #claim}): the claim counts it and moves the next attempt out by the backoff, so the
 * message is not due again while it is being sent, and the version lets only one of several instances claim it.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int LAST_ERROR_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private State status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected OutgoingMail() {}

    /** A message due at once. */
    public OutgoingMail(OutgoingMessage message, Instant now) {
        this.reference = message.reference();
        this.recipient = message.recipient();
        this.subject = message.subject();
        this.body = message.body();
        this.status = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public boolean isDueAt(Instant now) {
        return status == State.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the message for one attempt: counts it and makes the next attempt wait by the backoff — the retry if this
     * one fails, or the resend if the process dies before it records the outcome. Returns what to send.
     */
    public OutgoingMessage claim(Instant now, Backoff backoff) {
        if (!isDueAt(now)) {
            throw new IllegalStateException("Mail " + id + " is not due");
        }
        attempts++;
        nextAttemptAt = now.plus(backoff.after(attempts));
        return new OutgoingMessage(reference, recipient, subject, body);
    }

    /** The mail server took it — even if it was cancelled while it was being sent: it is out either way. */
    public void sent(Instant now) {
        status = State.SENT;
        sentAt = now;
    }

    /** An attempt failed for a reason that may pass; the message is tried again once its backoff has passed. */
    public void failed(String error) {
        lastError = shorten(error);
    }

    /** The mail server refused the recipient for good: never tried again. */
    public void refused(String error) {
        if (status == State.PENDING) {
            status = State.REFUSED;
        }
        lastError = shorten(error);
    }

    public MailStatus toStatus() {
        return new MailStatus(status, attempts, sentAt, status == State.PENDING ? nextAttemptAt : null);
    }

    private static String shorten(String error) {
        String line = error.replaceAll("\\s+", " ").strip();
        return line.length() <= LAST_ERROR_MAX_LENGTH ? line : line.substring(0, LAST_ERROR_MAX_LENGTH - 1) + "…";
    }
}
