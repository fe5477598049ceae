package app.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.scorecard.mail.internal.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void waitsTheInitialDelayAfterTheFirstAttemptAndTwiceAsLongAfterEachFurtherOne() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.after(7)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesAMaximumBelowTheStart() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
    }
}
