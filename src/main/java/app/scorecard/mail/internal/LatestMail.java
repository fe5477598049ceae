package app.scorecard.mail.internal;

import app.scorecard.mail.MailStatus;
import app.scorecard.mail.MailStatus.State;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The newest message of a reference, as {@link OutgoingMailRepository#findLatestByReferenceIn} reads it. */
public record LatestMail(
        String reference,
        State status,
        int attempts,
        @Nullable Instant sentAt,
        Instant nextAttemptAt) {

    public MailStatus toStatus() {
        return new MailStatus(status, attempts, sentAt, status == State.PENDING ? nextAttemptAt : null);
    }
}
