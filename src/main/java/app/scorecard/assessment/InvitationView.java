package app.scorecard.assessment;

import app.scorecard.mail.MailStatus;
import java.time.Instant;

/**
 * An invitation as its round's manager sees it: who it is for, how it reaches them, and whether they have answered —
 * nothing more, so a manager cannot tell who has started. A mailed invitation's link is never shown to the manager.
 *
 * @param token the link's token for a manager-held link; {@code null} for a mailed one
 * @param email where the app mails the link; {@code null} for a manager-held link
 * @param mail how the invitation's mail stands; {@code null} for a manager-held link
 * @param reminder how its reminder stands; {@code null} when none was queued
 */
public record InvitationView(
        long id,
        String name,
        String token,
        String email,
        Instant createdAt,
        State state,
        MailStatus mail,
        MailStatus reminder) {

    public enum State {
        NOT_YET,
        ANSWERED,
        REVOKED
    }

    public boolean revocable() {
        return state == State.NOT_YET;
    }

    public boolean mailed() {
        return email != null;
    }
}
