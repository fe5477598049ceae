package app.scorecard.assessment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a team round's answers may be shown, and only as an aggregate: once the round is closed and at least
 * {@code scorecard.anonymity.min-responses} people other than the round's manager have submitted.
 *
 * <p>Why only once closed: a live aggregate would let its reader subtract today's view from yesterday's and read the
 * one response that arrived in between. With one view per round there is nothing to subtract. Why other than the
 * manager: the manager knows their own answers, so an aggregate that included them would tell them about fewer people
 * than it claims. Everything derived from members' answers — scores, distributions, comments, the perception gap —
 * passes through this one decision.
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

    public Visibility visibility(boolean roundOpen, long memberResponses) {
        if (roundOpen) {
            return Visibility.COLLECTING;
        }
        return memberResponses >= minimum ? Visibility.SHOWN : Visibility.TOO_FEW;
    }

    /** How many more member responses are needed before anything can ever be shown. */
    public long stillNeeded(long memberResponses) {
        return Math.max(0, minimum - memberResponses);
    }

    public int minimum() {
        return minimum;
    }
}
