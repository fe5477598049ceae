package app.scorecard.web.layout;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as every page shows them ({@code ${@dates.day(instant)}}): in the reader's locale (the request's,
 * through {@link LocaleContextHolder}) and in the organisation's time zone ({@code scorecard.time-zone}, by default the
 * JVM's), with the zone named wherever a time of day appears. CSV and JSON keep ISO-8601 and do not use this.
 */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter MINUTE = new DateTimeFormatterBuilder()
            .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .appendLiteral(' ')
            .appendZoneText(TextStyle.SHORT)
            .toFormatter();

    private final ZoneId zone;

    /** @param zone the organisation's time zone, e.g. {@code Europe/Berlin}; blank for the JVM's */
    public DisplayDates(@Value("${scorecard.time-zone:}") String zone) {
        this.zone = zoneOf(zone);
    }

    private static ZoneId zoneOf(String name) {
        if (name == null || name.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "scorecard.time-zone must be a time zone such as Europe/Berlin or UTC, was " + name, e);
        }
    }

    /** The organisation's time zone, in which days and times are shown. */
    public ZoneId zone() {
        return zone;
    }

    /** The day of a moment in the organisation's time zone, e.g. "Dec 6, 2026" in English. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.withLocale(locale()).format(instant.atZone(zone));
    }

    /** A calendar day as it is (a closing date, a due date), e.g. "Dec 20, 2026" in English. */
    public String date(LocalDate date) {
        return date == null ? "" : DAY.withLocale(locale()).format(date);
    }

    /** A moment to the minute with its zone, e.g. "Dec 6, 2026, 2:05 PM UTC" in English. */
    public String minute(Instant instant) {
        return instant == null ? "" : MINUTE.withLocale(locale()).format(instant.atZone(zone));
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A calendar day for the {@code datetime} attribute of {@code <time>}. */
    public String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
