package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuarterTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aMomentBelongsToTheQuarterOfItsDayInTheOrganisationsTimeZone() {
        Instant lateOnTheLastDayOfMarchInUtc = Instant.parse("2026-03-31T22:30:00Z");

        assertThat(Quarter.of(lateOnTheLastDayOfMarchInUtc, ZoneOffset.UTC)).isEqualTo(new Quarter(2026, 1));
        // in Berlin it is already half past midnight on April 1st
        assertThat(Quarter.of(lateOnTheLastDayOfMarchInUtc, BERLIN)).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(Instant.parse("2026-12-31T12:00:00Z"), BERLIN)).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void aQuarterStartsAtMidnightOfItsFirstDayAndEndsWhereTheNextOneStarts() {
        Quarter second = new Quarter(2026, 2);

        assertThat(second.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(second.end(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        // summer time in Berlin: two hours ahead of UTC
        assertThat(second.start(BERLIN)).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(new Quarter(2026, 4).end(BERLIN)).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    }

    @Test
    void countsQuartersAcrossYearsBothWays() {
        Quarter first = new Quarter(2026, 1);

        assertThat(first.plus(-1)).isEqualTo(new Quarter(2025, 4));
        assertThat(first.plus(-8)).isEqualTo(new Quarter(2024, 1));
        assertThat(first.plus(7)).isEqualTo(new Quarter(2027, 4));
        assertThat(new Quarter(2025, 4).compareTo(first)).isNegative();
        assertThat(first.toString()).isEqualTo("2026 Q1");
    }

    @Test
    void refusesAFifthQuarter() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quarter(2026, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quarter(2026, 0));
    }
}
