package app.scorecard.results;

import java.time.Instant;

/** What a result records about its round besides the answers: which round, team, version, and when it finished. */
public record FinishedRoundFacts(
        long roundId, long teamId, RoundMode mode, String label, String setKey, long versionId, Instant finishedAt) {}
