package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/** The throttle's rules on the real table (the migration, on an in-memory H2), with a clock the tests move. */
class SignInThrottleTests {

    private static final String X = "192.0.2.10";
    private static final String Y = "192.0.2.20";

    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder()
            .setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true)
            .addScript("db/migration/V22__sign_in_throttle.sql")
            .build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final SignInThrottle throttle = instance();

    @AfterEach
    void dropDatabase() {
        database.shutdown();
    }

    @Test
    void locksAnAccountAtOneAddressAfterTenFailuresForFifteenMinutes() {
        fail("maya", X, 9);
        assertThat(throttle.isLocked("maya", X)).isFalse();

        throttle.recordFailure("Maya", X);

        assertThat(throttle.isLocked("MAYA", X)).isTrue();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(throttle.isLocked("maya", X)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("maya", X)).isFalse();
    }

    @Test
    void tenFailuresOfOneAccountAtAnAddressLockNeitherAnotherAccountThereNorTheAccountElsewhere() {
        fail("maya", X, 10);

        assertThat(throttle.isLocked("maya", X)).isTrue();
        assertThat(throttle.isLocked("theo", X)).isFalse();
        assertThat(throttle.isLocked("maya", Y)).isFalse();
    }

    @Test
    void locksAnAddressThatFailedForAHundredAccountsForEveryoneThereAndNobodyElsewhere() {
        for (int i = 0; i < 99; i++) {
            throttle.recordFailure("user-" + i, X);
        }
        assertThat(throttle.isLocked("theo", X)).isFalse();

        throttle.recordFailure("user-99", X);

        assertThat(throttle.isLocked("theo", X)).isTrue();
        assertThat(throttle.isLocked("theo", Y)).isFalse();
        assertThat(throttle.isLocked("user-3", Y)).isFalse();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isLocked("theo", X)).isFalse();
    }

    @Test
    void countsAPersonRetryingTheirOwnPasswordAsOneAccountForTheAddress() {
        for (int i = 0; i < 99; i++) {
            throttle.recordFailure("user-" + i, X);
        }
        fail("maya", X, 9);

        assertThat(throttle.isLocked("theo", X)).isTrue(); // maya was the hundredth account, however often she tried
        assertThat(throttle.isLocked("theo", Y)).isFalse();
    }

    @Test
    void slowsAnAccountGuessedFromManyAddressesDownAndLocksItAfterFifty() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("maya", "198.51.100." + i);
        }
        assertThat(throttle.isLocked("maya", Y)).isFalse();

        throttle.recordFailure("maya", "198.51.100.10"); // the eleventh: held back for 1 s
        assertThat(throttle.isLocked("maya", Y)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("maya", Y)).isFalse();

        throttle.recordFailure("maya", "198.51.100.11"); // 2 s
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("maya", Y)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("maya", Y)).isFalse();

        for (int i = 12; i < 49; i++) {
            throttle.recordFailure("maya", "198.51.100." + i);
        }
        clock.advance(Duration.ofSeconds(30)); // the longest delay
        assertThat(throttle.isLocked("maya", Y)).isFalse();

        throttle.recordFailure("maya", "198.51.100.49"); // the fiftieth within the hour
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("maya", Y)).isTrue();
        assertThat(throttle.isLocked("theo", Y)).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isLocked("maya", Y)).isFalse();
    }

    @Test
    void oneAddressCannotReachTheAccountLockInAnHour() {
        for (int run = 0; run < 4; run++) {
            fail("maya", X, 10);
            clock.advance(Duration.ofMinutes(15));
        }

        assertThat(throttle.isLocked("maya", Y)).isFalse();
    }

    @Test
    void sparesAnAddressTheAccountSignedInFromWhenTheAccountIsLockedElsewhere() {
        throttle.recordSuccess("maya", Y);
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("maya", "198.51.100." + i);
        }

        assertThat(throttle.isLocked("maya", "203.0.113.1")).isTrue();
        assertThat(throttle.isLocked("maya", Y)).isFalse();
    }

    @Test
    void anAdminsUnlockEndsTheAccountsLocksEverywhereButNotTheAddresses() {
        fail("maya", X, 10);
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("maya", "198.51.100." + i);
        }
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("user-" + i, Y);
        }
        assertThat(throttle.lockedUntil("maya")).isPresent();

        throttle.unlock("Maya");

        assertThat(throttle.isLocked("maya", X)).isFalse();
        assertThat(throttle.isLocked("maya", "203.0.113.1")).isFalse();
        assertThat(throttle.lockedUntil("maya")).isEmpty();
        assertThat(throttle.isLocked("maya", Y)).isTrue();
    }

    @Test
    void twoInstancesCountTogether() {
        SignInThrottle other = instance();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("maya", X);
            other.recordFailure("maya", X);
        }

        assertThat(throttle.isLocked("maya", X)).isTrue();
        assertThat(other.isLocked("maya", X)).isTrue();
    }

    @Test
    void countsEveryFailureWhenInstancesCountAtTheSameMoment() throws Exception {
        SignInCounters counters = new SignInCounters(database);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> failures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                failures.add(() -> counters.countFailure("k", null, clock.instant(), Duration.ofHours(1)));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Integer> count : pool.invokeAll(failures)) {
                counts.add(count.get());
            }
            assertThat(counts).contains(200);
        } finally {
            pool.shutdown();
        }
        assertThat(JdbcClient.create(database)
                        .sql("select failures from sign_in_throttle where throttle_key = 'k'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(200);
    }

    @Test
    void aSuccessEndsTheAccountsRunAtThatAddressButNotTheAddresssCount() {
        fail("maya", X, 9);
        throttle.recordSuccess("maya", X);
        fail("maya", X, 9);
        assertThat(throttle.isLocked("maya", X)).isFalse();

        for (int i = 0; i < 98; i++) {
            throttle.recordFailure("user-" + i, X);
        }
        assertThat(throttle.isLocked("theo", X)).isTrue(); // maya's two runs and 98 others
    }

    @Test
    void startsAnewAfterAQuietSpell() {
        fail("maya", X, 9);
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("maya", X);

        assertThat(throttle.isLocked("maya", X)).isFalse();
    }

    @Test
    void neitherALockedSignInNorARightTemporaryPasswordIsAGuess() {
        var attempt = new UsernamePasswordAuthenticationToken("maya", "a password");
        for (int i = 0; i < 12; i++) {
            throttle.onFailure(new AuthenticationFailureCredentialsExpiredEvent(
                    attempt, new CredentialsExpiredException("The password must be changed")));
            throttle.onFailure(new AuthenticationFailureLockedEvent(attempt, new LockedException("locked")));
        }
        assertThat(throttle.lockedUntil("maya")).isEmpty();

        for (int i = 0; i < 11; i++) {
            throttle.onFailure(
                    new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
        }
        assertThat(throttle.lockedUntil("maya")).isPresent(); // no request: counted for the account alone
    }

    @Test
    void aRefusedSignInThroughTheProviderIsNoGuess() {
        var throughProvider = new TestingAuthenticationToken("maya", null);
        for (int i = 0; i < 60; i++) {
            throttle.onFailure(new AuthenticationFailureDisabledEvent(
                    throughProvider, new DisabledException("The account is deactivated")));
        }
        assertThat(throttle.lockedUntil("maya")).isEmpty();
    }

    @Test
    void storesNeitherUsernamesNorAddressesInClear() {
        fail("maya", X, 3);
        throttle.recordSuccess("maya", Y);

        List<String> stored = JdbcClient.create(database)
                .sql("select throttle_key || ' ' || coalesce(account_key, '') from sign_in_throttle")
                .query(String.class)
                .list();
        assertThat(stored)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row).doesNotContain("maya").doesNotContain("192.0.2"));
    }

    @Test
    void deletesTheRowsThatNeitherCountNorLock() {
        fail("maya", X, 10);
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("theo", "198.51.100." + i);
        }
        clock.advance(Duration.ofMinutes(59));
        throttle.deleteExpired();
        assertThat(rows()).isEqualTo(2); // the two accounts' own counts, for their hour

        clock.advance(Duration.ofMinutes(2));
        throttle.deleteExpired();
        assertThat(rows()).isZero();
    }

    @Test
    void refusesAMeaninglessLimit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SignInThrottleProperties(
                        0,
                        Duration.ofMinutes(15),
                        10,
                        Duration.ofSeconds(30),
                        50,
                        Duration.ofHours(1),
                        100,
                        Duration.ofDays(30)));
    }

    private SignInThrottle instance() {
        return new SignInThrottle(new SignInCounters(database), SignInThrottleProperties.defaults(), clock);
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    private long rows() {
        return JdbcClient.create(database)
                .sql("select count(*) from sign_in_throttle")
                .query(Long.class)
                .single();
    }

    static final class MutableClock extends Clock {

        private volatile Instant now;

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
