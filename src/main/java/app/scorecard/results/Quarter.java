package app.scorecard.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A calendar quarter — January to March is Q1 — in the organisation's time zone: what the organisation's numbers are
 * pooled by. A round belongs to the quarter in which it finished.
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
