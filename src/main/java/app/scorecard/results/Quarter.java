package app.scorecard.results;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A calendar quarter — January to March is Q1 — in the organisation's time zone: what the organisation's numbers are
 * pooled by. A round belongs to the quarter of the last day it took answers ({@link #ofFinish}).
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    /** The quarter a moment falls in, in that time zone. */
    public static Quarter of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return new Quarter(local.getYear(), (local.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter a calendar day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The quarter a finished round belongs to: that of the last day it took answers. A round closed by its closing date
     * finished at the end of that date, midnight UTC after it, and belongs to the date's quarter wherever the
     * organisation is; any other finished when it was closed, and belongs to the quarter of that moment in the
     * organisation's time zone.
     */
    public static Quarter ofFinish(Instant finishedAt, ZoneId zone) {
        OffsetDateTime utc = finishedAt.atOffset(ZoneOffset.UTC);
        return utc.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? of(utc.toLocalDate().minusDays(1))
                : of(finishedAt, zone);
    }

    /**
     * From when no round can be recorded in this quarter any more: once it has ended in the organisation's time zone
     * and its last day has ended in UTC (when a round closed by that closing date finishes), and a day later still — a
     * round past its closing date is recorded by a check that runs every minute, a day leaves room for a restart.
     */
    public Instant settled(ZoneId zone) {
        Instant local = end(zone);
        Instant utc = end(ZoneOffset.UTC);
        return (local.isAfter(utc) ? local : utc).plus(Duration.ofDays(1));
    }

    /** Its first moment, in that time zone. */
    public Instant start(ZoneId zone) {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1).atStartOfDay(zone).toInstant();
    }

    /** The first moment after it: the start of the next quarter. */
    public Instant end(ZoneId zone) {
        return plus(1).start(zone);
    }

    /** The quarter this many quarters later (earlier, when negative). */
    public Quarter plus(int quarters) {
        int index = year * 4 + number - 1 + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    /** "2026 Q3": for logs and tests; pages word it in the reader's language. */
    @Override
    public String toString() {
        return year + " Q" + number;
    }
}
