package app.scorecard.assessment;

import java.time.Instant;

/**
 * A team round has just closed, by hand or at the end of its closing date: published once, inside the transaction that
 * closes it, so whatever a listener writes is kept exactly when the closing is. It says what the round was, never what
 * anyone answered.
 *
 * @param questionSetVersion the number of the question-set version the round asked
 * @param closedAt when it stopped taking answers
 */
public record TeamRoundClosed(
        long roundId, long teamId, String label, String questionSetKey, int questionSetVersion, Instant closedAt) {}
