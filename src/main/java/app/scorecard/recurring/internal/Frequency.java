package app.scorecard.recurring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How often a schedule opens a round, and the arithmetic of its openings: the n-th opening is the first one plus n
 * periods (so a schedule begun on the 31st opens on the last day of shorter months and on the 31st again after them),
 * at the start of that day, UTC — as closing dates end at midnight UTC.
 */
public enum Frequency {
    MONTHLY(1, 27),
    QUARTERLY(3, 88);

    private final int months;
    private final int maxOpenDays;

    Frequency(int months, int maxOpenDays) {
        this.months = months;
        this.maxOpenDays = maxOpenDays;
    }

    /** The longest a round may stay open: its closing date comes before the next one opens. */
    public int maxOpenDays() {
        return maxOpenDays;
    }

    /** The day of the n-th opening (the first is number 0). */
    public LocalDate opening(LocalDate first, long n) {
        return first.plusMonths(n * months);
    }

    /** The first opening that starts strictly after {@code now}. */
    public LocalDate nextOpeningAfter(LocalDate first, Instant now) {
        return opening(first, nextIndex(first, now));
    }

    /**
     * The latest opening that started at or before {@code now}: the period a run belongs to, however late it comes.
     * The first opening when none has started yet.
     */
    public LocalDate latestOpeningAtOrBefore(LocalDate first, Instant now) {
        return opening(first, Math.max(0, nextIndex(first, now) - 1));
    }

    private long nextIndex(LocalDate first, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long n = Math.max(0, ChronoUnit.MONTHS.between(first, today) / months);
        while (n > 0 && start(opening(first, n - 1)).isAfter(now)) {
            n--;
        }
        while (!start(opening(first, n)).isAfter(now)) {
            n++;
        }
        return n;
    }

    /**
     * How a round it opens is labelled, by the day of its opening: "2027 Q1" for a quarter (of the calendar year),
     * "2027-03" for a month.
     */
    public String label(LocalDate opening) {
        return this == QUARTERLY
                ? opening.getYear() + " Q" + ((opening.getMonthValue() - 1) / 3 + 1)
                : "%d-%02d".formatted(opening.getYear(), opening.getMonthValue());
    }

    /** The moment a day's opening happens: its start, UTC. */
    public static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
