package app.scorecard.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a queued message stands: {@code attempts} counts the times it was handed to the mail server, {@code sentAt} is
 * set once the server took it, and {@code nextAttemptAt} only while it is {@link State#PENDING}.
 */
public record MailStatus(
        State state,
        int attempts,
        @Nullable Instant sentAt,
        @Nullable Instant nextAttemptAt) {

    public enum State {
        /** Waiting to be sent, or to be tried again after a failure. */
        PENDING,
        /** The mail server took it. */
        SENT,
        /** The mail server refused the recipient for good; never tried again. */
        REFUSED,
        /** Cancelled before it was sent. */
        CANCELLED
    }
}
