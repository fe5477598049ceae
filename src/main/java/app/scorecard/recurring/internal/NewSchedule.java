package app.scorecard.recurring.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a schedule is to do.
 *
 * @param firstOpensOn the day of its first opening; {@code null} for the start of the next month or quarter
 * @param openDays how long each round stays open: its closing date is the opening day plus this many days
 * @param invitees the people each round's invitations are mailed to, one per line as on a round's page; blank for none
 */
public record NewSchedule(
        String questionSetKey,
        Frequency frequency,
        @Nullable LocalDate firstOpensOn,
        int openDays,
        boolean asksTargets,
        String invitees) {}
