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

    @Test
    void aRoundClosedByItsClosingDateBelongsToTheQuarterOfThatDateWhereverTheOrganisationIs() {
        // closing date September 30th: it took answers until midnight UTC after it, 02:00 on October 1st in Berlin
        Instant endOfSeptember30 = Instant.parse("2026-10-01T00:00:00Z");

        assertThat(Quarter.ofFinish(endOfSeptember30, BERLIN)).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.ofFinish(endOfSeptember30, ZoneOffset.UTC)).isEqualTo(new Quarter(2026, 3));
        assertThat(Quarter.ofFinish(endOfSeptember30, ZoneId.of("America/New_York")))
                .isEqualTo(new Quarter(2026, 3));
        // closed by hand a minute after midnight in Berlin: the moment, in the organisation's time zone, decides
        assertThat(Quarter.ofFinish(Instant.parse("2026-09-30T22:01:00Z"), BERLIN))
                .isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.ofFinish(Instant.parse("2026-09-30T22:01:00Z"), ZoneOffset.UTC))
                .isEqualTo(new Quarter(2026, 3));
    }

    @Test
    void aQuarterSettlesADayAfterItHasEndedBothInTheOrganisationsTimeZoneAndInUtc() {
        Quarter third = new Quarter(2026, 3);

        // Berlin's quarter ends first (22:00 UTC), its last closing date at midnight UTC: then a day's grace
        assertThat(third.settled(BERLIN)).isEqualTo(Instant.parse("2026-10-02T00:00:00Z"));
        // New York's ends at 04:00 UTC, after the closing date's midnight
        assertThat(third.settled(ZoneId.of("America/New_York"))).isEqualTo(Instant.parse("2026-10-02T04:00:00Z"));
    }
}
