package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void locksAUsernameAfterTenFailuresWithinFifteenMinutes() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("Maya");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isLocked("maya")).isFalse();

        throttle.recordFailure("maya");

        assertThat(throttle.isLocked("MAYA")).isTrue();
        assertThat(throttle.isLocked("theo")).isFalse();
    }

    @Test
    void unlocksOnceTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("maya");
        }
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("maya")).isTrue();

        clock.advance(Duration.ofSeconds(2));

        assertThat(throttle.isLocked("maya")).isFalse();
    }

    @Test
    void doesNotLockSlowGuessing() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("maya");
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(throttle.isLocked("maya")).isFalse();
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
