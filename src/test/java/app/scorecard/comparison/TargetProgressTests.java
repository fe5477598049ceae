package app.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.comparison.internal.TargetProgress.Reading;
import app.scorecard.comparison.internal.TargetProgress.Step;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Did the team close its gap: the readings at their edges, on the rounded scores shown. */
class TargetProgressTests {

    @Test
    void aLaterScoreAtTheEarlierTargetReachedIt() {
        Step step = step("50.0", "75.0", "75.0");

        assertThat(step.gapThen()).isEqualByComparingTo("25.0");
        assertThat(step.stillToGo()).isEqualByComparingTo("0.0");
        assertThat(step.reading()).isEqualTo(Reading.REACHED);
        assertThat(step("50.0", "75.0", "80.0").reading()).isEqualTo(Reading.REACHED);
    }

    @Test
    void aLaterScoreBetweenIsCloserAndOneNoHigherIsNoCloser() {
        assertThat(step("50.0", "75.0", "50.1").reading()).isEqualTo(Reading.CLOSER);
        assertThat(step("50.0", "75.0", "74.9").stillToGo()).isEqualByComparingTo("0.1");
        // as far from the target as before, or further
        assertThat(step("50.0", "75.0", "50.0").reading()).isEqualTo(Reading.NO_CLOSER);
        assertThat(step("50.0", "75.0", "40.0").reading()).isEqualTo(Reading.NO_CLOSER);
    }

    @Test
    void aMissingScoreOrTargetHasNoReading() {
        assertThat(step(null, "75.0", "60.0").reading()).isEqualTo(Reading.NONE);
        assertThat(step("50.0", null, "60.0").reading()).isEqualTo(Reading.NONE);
        assertThat(step("50.0", "75.0", null).reading()).isEqualTo(Reading.NONE);
        assertThat(step("50.0", null, "60.0").stillToGo()).isNull();
    }

    private static Step step(String earlierToday, String earlierTarget, String laterToday) {
        return new Step("k", "K", decimal(earlierToday), decimal(earlierTarget), decimal(laterToday), null);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
