package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(10, Duration.ofMinutes(15), clock);

    @Test
    void signingInWithARightTemporaryPasswordIsNoGuess() {
        var temporary = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                "maya", "the temporary password");
        for (int i = 0; i < 12; i++) {
            throttle.onFailure(
                    new org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent(
                            temporary,
                            new org.springframework.security.authentication.CredentialsExpiredException(
                                    "The password must be changed")));
        }
        assertThat(throttle.isLocked("maya", null)).isFalse();

        for (int i = 0; i < 10; i++) {
            throttle.onFailure(
                    new org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent(
                            temporary,
                            new org.springframework.security.authentication.BadCredentialsException("wrong")));
        }
        assertThat(throttle.isLocked("maya", null)).isTrue();
    }

    @Test
    void locksAUsernameAfterTenFailuresInARowForFifteenMinutes() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("Maya", null);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isLocked("maya", null)).isFalse();

        throttle.recordFailure("maya", null);

        assertThat(throttle.isLocked("MAYA", null)).isTrue();
        assertThat(throttle.isLocked("theo", null)).isFalse();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("maya", null)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("maya", null)).isFalse();
    }

    @Test
    void locksAnAddressSeparatelyWhateverUsernamesItTries() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user-" + i, "203.0.113.7");
        }

        assertThat(throttle.isLocked("someone-else", "203.0.113.7")).isTrue();
        assertThat(throttle.isLocked("someone-else", "198.51.100.1")).isFalse();
        assertThat(throttle.isLocked("user-3", "198.51.100.1")).isFalse();
    }

    @Test
    void startsAnewAfterAQuietSpell() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("maya", null);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("maya", null);

        assertThat(throttle.isLocked("maya", null)).isFalse();
    }

    @Test
    void refusesAMeaninglessLimit() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SignInThrottle(0, Duration.ofMinutes(15), clock));
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
