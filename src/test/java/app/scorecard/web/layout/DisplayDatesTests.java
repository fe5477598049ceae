package app.scorecard.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Every page's dates: the reader's locale, the organisation's time zone, the zone named beside a time. */
class DisplayDatesTests {

    // 13:05 UTC on 6 December 2026 is 14:05 in Berlin (CET, UTC+1 in winter).
    private static final Instant AFTERNOON = Instant.parse("2026-12-06T13:05:00Z");

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsATimeInTheOrganisationsZoneWithTheZoneNamedInTheReadersFormat() {
        DisplayDates dates = new DisplayDates("Europe/Berlin");

        LocaleContextHolder.setLocale(Locale.UK);
        assertThat(dates.minute(AFTERNOON)).isEqualTo("6 Dec 2026, 14:05 CET");
        LocaleContextHolder.setLocale(Locale.US);
        assertThat(dates.minute(AFTERNOON)).isEqualTo("Dec 6, 2026, 2:05 PM CET");
    }

    @Test
    void showsTheDayItIsInTheOrganisationsZoneNotInUtc() {
        // 23:30 UTC on 6 December is already 00:30 on 7 December in Berlin.
        Instant lateEvening = Instant.parse("2026-12-06T23:30:00Z");
        LocaleContextHolder.setLocale(Locale.UK);

        assertThat(new DisplayDates("Europe/Berlin").day(lateEvening)).isEqualTo("7 Dec 2026");
        assertThat(new DisplayDates("UTC").day(lateEvening)).isEqualTo("6 Dec 2026");
        assertThat(new DisplayDates("UTC").minute(lateEvening)).isEqualTo("6 Dec 2026, 23:30 UTC");
    }

    @Test
    void showsACalendarDayAsItIsWhateverTheZone() {
        LocaleContextHolder.setLocale(Locale.US);

        assertThat(new DisplayDates("Pacific/Auckland").date(LocalDate.of(2026, 12, 20)))
                .isEqualTo("Dec 20, 2026");
    }

    @Test
    void keepsIsoForMachinesAndShowsNothingForNoDate() {
        DisplayDates dates = new DisplayDates("Europe/Berlin");

        assertThat(dates.iso(AFTERNOON)).isEqualTo("2026-12-06T13:05:00Z");
        assertThat(dates.isoDate(LocalDate.of(2026, 12, 20))).isEqualTo("2026-12-20");
        assertThat(dates.day(null)).isEmpty();
        assertThat(dates.minute(null)).isEmpty();
        assertThat(dates.date(null)).isEmpty();
    }

    @Test
    void takesTheJvmsZoneWhenNoneIsSetAndRefusesAnUnknownOne() {
        assertThat(new DisplayDates("").zone()).isEqualTo(java.time.ZoneId.systemDefault());
        assertThatThrownBy(() -> new DisplayDates("Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scorecard.time-zone");
    }
}
