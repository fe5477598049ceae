package app.scorecard.assessment;

import java.time.Instant;

/** A scorecard with what it is for: which team, which assessment, who answered, when, on which version. */
public record AssessmentScorecard(
        long assessmentId,
        String teamName,
        String label,
        AssessmentMode mode,
        String setTitle,
        String setKey,
        int setVersion,
        Instant submittedAt,
        ScorecardReport report) {}
