package app.scorecard.assessment;

import java.time.Instant;

/** An invitation as its round's manager sees it: who it is for, its link's token, and how far they got. */
public record InvitationView(long id, String name, String token, Instant createdAt, State state) {

    public enum State {
        NOT_OPENED,
        STARTED,
        SUBMITTED,
        REVOKED
    }

    public boolean revocable() {
        return state == State.NOT_OPENED || state == State.STARTED;
    }
}
