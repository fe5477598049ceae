package app.scorecard.results;

import java.time.Instant;

/**
 * What a result records about its round besides the answers: which round, team, version, when it finished, and
 * whether answers through manager-held links count in it (fixed when the round started).
 */
public record FinishedRoundFacts(
        long roundId,
        long teamId,
        RoundMode mode,
        String label,
        String setKey,
        long versionId,
        Instant finishedAt,
        boolean managerHeldLinksCount) {}
