package app.scorecard.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why a personal link takes no answers any more, in the terms its holder is told: only what concerns this link — never
 * anything about other people, their answers or how many there are.
 *
 * @param teamName the round's team, empty for an unknown link
 * @param roundLabel the round's label, empty for an unknown link
 * @param answeredAt when the answers through this link arrived ({@link Reason#ANSWERED})
 * @param counting whether those answers count in the round's results ({@link Reason#ANSWERED}), else {@code null}
 * @param revokedAt when the manager withdrew the link, {@code null} if they did not
 * @param roundClosed whether the round takes no more answers
 * @param closedAt when a manager closed the round by hand, {@code null} when it closed (or will) at its closing date
 * @param closesOn the round's closing date (its last day, UTC), {@code null} without one
 * @param unsentDraft whether this browser had saved answers through the link that were never sent
 */
public record LinkEnd(
        Reason reason,
        String teamName,
        String roundLabel,
        Instant answeredAt,
        Counting counting,
        Instant revokedAt,
        boolean roundClosed,
        Instant closedAt,
        LocalDate closesOn,
        boolean unsentDraft) {

    /** What happened to the link, most telling first: answered, then withdrawn, then closed. */
    public enum Reason {
        /** No such link: mistyped or cut short (said without telling whether it ever existed). */
        UNKNOWN,
        /** Its answers were sent: a link works once. */
        ANSWERED,
        /** The manager withdrew it before answers were sent. */
        REVOKED,
        /** Its round closed before answers were sent. */
        CLOSED
    }

    /** Whether answers sent through the link count in the round's results. */
    public enum Counting {
        /** They count (once the round closes, if it is still open). */
        COUNTED,
        /** They arrived in the very moment the round closed, after it: they do not count. */
        LATE,
        /** The link was one the manager handed out, and this team's results leave such links out. */
        LEFT_OUT
    }

    /** A link nobody can tell anything about. */
    public static LinkEnd unknown() {
        return new LinkEnd(Reason.UNKNOWN, "", "", null, null, null, false, null, null, false);
    }

    /** Whether the round closed at the end of its closing date rather than by hand. */
    public boolean closedByDate() {
        return closedAt == null && closesOn != null;
    }
}
