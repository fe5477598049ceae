package app.scorecard.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.recurring.internal.Frequency;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTests {

    private static final LocalDate FIRST_OF_JANUARY = LocalDate.parse("2027-01-01");

    @Test
    void aMonthlyScheduleOpensOnTheSameDayEveryMonth() {
        assertThat(Frequency.MONTHLY.opening(FIRST_OF_JANUARY, 0)).isEqualTo("2027-01-01");
        assertThat(Frequency.MONTHLY.opening(FIRST_OF_JANUARY, 1)).isEqualTo("2027-02-01");
        assertThat(Frequency.MONTHLY.opening(FIRST_OF_JANUARY, 14)).isEqualTo("2028-03-01");
    }

    @Test
    void aQuarterlyScheduleOpensEveryThreeMonths() {
        assertThat(Frequency.QUARTERLY.opening(FIRST_OF_JANUARY, 1)).isEqualTo("2027-04-01");
        assertThat(Frequency.QUARTERLY.opening(FIRST_OF_JANUARY, 4)).isEqualTo("2028-01-01");
    }

    @Test
    void aScheduleBegunOnThe31stOpensOnTheLastDayOfShorterMonthsAndOnThe31stAgainAfterThem() {
        LocalDate first = LocalDate.parse("2027-01-31");

        assertThat(Frequency.MONTHLY.opening(first, 1)).isEqualTo("2027-02-28");
        assertThat(Frequency.MONTHLY.opening(first, 2)).isEqualTo("2027-03-31");
        assertThat(Frequency.MONTHLY.opening(first, 3)).isEqualTo("2027-04-30");
    }

    @Test
    void theNextOpeningIsTheFirstThatStartsAfterNowAtMidnightUtc() {
        assertThat(Frequency.MONTHLY.nextOpeningAfter(FIRST_OF_JANUARY, Instant.parse("2026-12-10T09:00:00Z")))
                .isEqualTo("2027-01-01");
        // at the very moment of an opening, that opening has begun: the next is a month on
        assertThat(Frequency.MONTHLY.nextOpeningAfter(FIRST_OF_JANUARY, Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo("2027-02-01");
        assertThat(Frequency.MONTHLY.nextOpeningAfter(FIRST_OF_JANUARY, Instant.parse("2027-01-31T23:59:59Z")))
                .isEqualTo("2027-02-01");
        assertThat(Frequency.QUARTERLY.nextOpeningAfter(FIRST_OF_JANUARY, Instant.parse("2027-06-15T12:00:00Z")))
                .isEqualTo("2027-07-01");
    }

    @Test
    void aLateRunBelongsToTheLatestOpeningThatHasBegunHoweverManyWereMissed() {
        Instant midMarch = Instant.parse("2027-03-15T10:00:00Z");

        assertThat(Frequency.MONTHLY.latestOpeningAtOrBefore(FIRST_OF_JANUARY, midMarch))
                .isEqualTo("2027-03-01");
        assertThat(Frequency.QUARTERLY.latestOpeningAtOrBefore(FIRST_OF_JANUARY, Instant.parse("2027-11-02T00:00:00Z")))
                .isEqualTo("2027-10-01");
        assertThat(Frequency.MONTHLY.latestOpeningAtOrBefore(FIRST_OF_JANUARY, Instant.parse("2027-01-01T00:00:00Z")))
                .isEqualTo("2027-01-01");
    }

    @Test
    void roundsAreLabelledByTheirQuarterOrMonth() {
        assertThat(Frequency.QUARTERLY.label(LocalDate.parse("2027-01-01"))).isEqualTo("2027 Q1");
        assertThat(Frequency.QUARTERLY.label(LocalDate.parse("2027-05-15"))).isEqualTo("2027 Q2");
        assertThat(Frequency.QUARTERLY.label(LocalDate.parse("2027-12-31"))).isEqualTo("2027 Q4");
        assertThat(Frequency.MONTHLY.label(LocalDate.parse("2027-03-01"))).isEqualTo("2027-03");
    }

    @Test
    void aRoundClosesBeforeTheNextOneOpens() {
        assertThat(Frequency.MONTHLY.maxOpenDays()).isLessThan(28);
        assertThat(Frequency.QUARTERLY.maxOpenDays()).isLessThan(89); // the shortest quarter: 1 Feb to 1 May, 89 days
    }
}
