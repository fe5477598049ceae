package app.scorecard.results;

import java.time.Instant;

/** A scorecard with what it is for: which team, which round, who answered, when, on which version. */
public record RoundScorecard(
        long roundId,
        String teamName,
        String label,
        RoundMode mode,
        String setTitle,
        String setKey,
        int setVersion,
        Instant submittedAt,
        ScorecardReport report) {}
