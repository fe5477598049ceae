package app.scorecard.assessment;

import java.time.LocalDate;

/** A round as listed: what, which version, whether it still takes answers, how many are in. */
public record RoundSummary(
        long id,
        long teamId,
        String label,
        RoundMode mode,
        boolean open,
        String setKey,
        String setTitle,
        int setVersion,
        LocalDate closesOn,
        long submittedResponses) {}
