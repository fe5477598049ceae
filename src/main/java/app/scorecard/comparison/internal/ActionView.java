package app.scorecard.comparison.internal;

import java.time.LocalDate;

/** An action of a round's plan: what, about which question, who, by when, how far. */
public record ActionView(
        long id,
        long roundId,
        String questionKey,
        String what,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        long lockVersion) {}
