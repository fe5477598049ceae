package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.results.AnonymityPolicy.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The one minimum check ({@link AnonymityPolicy#minimumMet}) behind every page, export and API that shows or hides a
 * team round's results, with the cases worked out by hand: at the minimum, one below, and a minimum changed after the
 * round closed.
 */
class MinimumMetTests {

    @Test
    void isMetAtTheMinimumAndAboveButNotOneBelow() {
        assertThat(AnonymityPolicy.minimumMet(3, 3)).isTrue();
        assertThat(AnonymityPolicy.minimumMet(4, 3)).isTrue();
        assertThat(AnonymityPolicy.minimumMet(2, 3)).isFalse();
        assertThat(AnonymityPolicy.minimumMet(0, 3)).isFalse();
        assertThat(AnonymityPolicy.minimumMet(5, 5)).isTrue();
        assertThat(AnonymityPolicy.minimumMet(4, 5)).isFalse();
    }

    @Test
    void todaysPolicyChecksAgainstTodaysMinimum() {
        AnonymityPolicy three = new AnonymityPolicy(3);

        assertThat(three.minimumMet(3)).isTrue();
        assertThat(three.minimumMet(2)).isFalse();
        assertThat(new AnonymityPolicy(2).minimumMet(2)).isTrue();
    }

    @Test
    void aClosedRoundShowsExactlyWhenTheMinimumIsMetAndTheCloseConfirmationSaysTheSame() {
        AnonymityPolicy three = new AnonymityPolicy(3);

        // 2 counted: hidden, one more needed; 3 counted: shown, none needed
        assertThat(three.visibility(false, 2)).isEqualTo(Visibility.TOO_FEW);
        assertThat(three.stillNeeded(2)).isEqualTo(1);
        assertThat(three.visibility(false, 3)).isEqualTo(Visibility.SHOWN);
        assertThat(three.stillNeeded(3)).isZero();
        for (long counted = 0; counted <= 10; counted++) {
            assertThat(three.stillNeeded(counted) == 0)
                    .as("%d counted", counted)
                    .isEqualTo(three.minimumMet(counted));
            assertThat(three.visibility(false, counted) == Visibility.SHOWN)
                    .as("%d counted", counted)
                    .isEqualTo(three.minimumMet(counted));
        }
    }

    @Test
    void aMinimumRaisedAfterTheRoundClosedHidesAResultThatMetTheOldOne() {
        // recorded under 3 with 3 counted: shown then; under a minimum raised to 4 it is one short, hidden now
        assertThat(AnonymityPolicy.minimumMet(3, 3)).isTrue();
        AnonymityPolicy raised = new AnonymityPolicy(4);
        assertThat(raised.minimumMet(3)).isFalse();
        assertThat(raised.stillShown(true, 3)).isFalse();
        assertThat(raised.stillShown(true, 4)).isTrue();
        // a question 3 people answered in a result 5 people gave: hidden too under 4
        assertThat(raised.itemStillShown(false, 3)).isFalse();
        assertThat(raised.itemStillShown(false, 4)).isTrue();
    }

    @Test
    void aMinimumLoweredAfterTheRoundClosedNeverShowsWhatWasHidden() {
        // recorded under 3 with 2 counted: hidden; a minimum lowered to 2 is met by 2, yet the result stays hidden
        assertThat(AnonymityPolicy.minimumMet(2, 3)).isFalse();
        AnonymityPolicy lowered = new AnonymityPolicy(2);
        assertThat(lowered.minimumMet(2)).isTrue();
        assertThat(lowered.stillShown(false, 2)).isFalse();
        assertThat(lowered.itemStillShown(true, 2)).isFalse();
    }
}
