package app.scorecard.results;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who a team round's results count, and when they may be shown — only ever as an aggregate: once the round is closed
 * and at least {@code scorecard.anonymity.min-responses} counted people have answered. The rules, and what they
 * promise against whom, are in {@code docs/scoring.md}.
 *
 * <p>Why only once closed: a live aggregate would let its reader subtract today's view from yesterday's and read the
 * one response that arrived in between. With one result per round, recorded when it closes, there is nothing to
 * subtract. Who counts: never a manager (they know their own answers, so an aggregate including them tells them about
 * fewer people than it claims), and answers through links the manager held only where an admin allowed that for the
 * team (otherwise the manager could answer them and make up the numbers). The rules are applied when the result is
 * recorded; a minimum raised later can hide more of a recorded result, never show what it hid.
 */
@Component
public class AnonymityPolicy {

    public enum Visibility {
        /** The round still takes answers; nothing is shown yet. */
        COLLECTING,
        /** Closed with too few answers: nothing is ever shown for this round. */
        TOO_FEW,
        /** Closed with enough answers: the aggregate may be shown. */
        SHOWN
    }

    private final int minimum;

    public AnonymityPolicy(@Value("${scorecard.anonymity.min-responses:3}") int minimum) {
        if (minimum < 2) {
            throw new IllegalArgumentException("scorecard.anonymity.min-responses must be at least 2, was " + minimum);
        }
        this.minimum = minimum;
    }

    /**
     * Whether a response of this kind counts in a round's results: in a self-assessment only its manager's; in a team
     * round members' and mailed invitees', manager-held links' only where the team allows them, never a manager's.
     */
    public static boolean counts(RoundMode mode, RespondentKind kind, boolean managerHeldLinksCount) {
        if (kind == null) {
            return false; // a response that records nobody (never the case for one submitted by this version)
        }
        if (mode == RoundMode.SELF) {
            return kind == RespondentKind.MANAGER;
        }
        return switch (kind) {
            case MEMBER, INVITEE -> true;
            case MANAGER_HELD_LINK -> managerHeldLinksCount;
            case MANAGER -> false;
        };
    }

    /**
     * The minimum check, the one every page, export and API that shows or hides results comes down to: whether so many
     * counted answers (to a round, or to one of its questions) reach the minimum — today's, or the one a result was
     * recorded under.
     */
    public static boolean minimumMet(long counted, int minimum) {
        return counted >= minimum;
    }

    /** The same under today's minimum. */
    public boolean minimumMet(long counted) {
        return minimumMet(counted, minimum);
    }

    /** A round that still takes answers shows nothing; a closed one as its counted answers allow. */
    public Visibility visibility(boolean roundOpen, long counted) {
        if (roundOpen) {
            return Visibility.COLLECTING;
        }
        return minimumMet(counted) ? Visibility.SHOWN : Visibility.TOO_FEW;
    }

    /**
     * Whether a recorded team result may be shown now: it was shown when recorded, and it still meets today's minimum.
     */
    public boolean stillShown(boolean recordedShown, long counted) {
        return recordedShown && minimumMet(counted);
    }

    /** Whether a question of a shown result may be shown now: it was when recorded, and enough answered it. */
    public boolean itemStillShown(boolean recordedHidden, long answered) {
        return !recordedHidden && minimumMet(answered);
    }

    /** How many more counted answers are needed before anything can ever be shown. */
    public long stillNeeded(long counted) {
        return Math.max(0, minimum - counted);
    }

    public int minimum() {
        return minimum;
    }
}
