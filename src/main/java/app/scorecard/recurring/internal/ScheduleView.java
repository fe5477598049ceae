package app.scorecard.recurring.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A schedule as its pages show it.
 *
 * @param questionSetTitle the title of the set's latest published version (its key when it has none any more)
 * @param invitees how many people each round's invitations are mailed to
 * @param nextRunAt when it opens its next round (while not paused)
 * @param lastRoundId the round its last run opened, if any
 * @param lastProblem a message key saying why its last run opened no round, if it did not
 */
public record ScheduleView(
        long id,
        long teamId,
        String teamName,
        String questionSetKey,
        String questionSetTitle,
        Frequency frequency,
        LocalDate firstOpensOn,
        int openDays,
        boolean asksTargets,
        int invitees,
        boolean paused,
        Instant nextRunAt,
        @Nullable Instant lastRunAt,
        @Nullable Long lastRoundId,
        @Nullable String lastRoundLabel,
        @Nullable String lastProblem) {}
