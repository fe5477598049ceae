package app.scorecard.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of {@link SignInThrottle} ({@code scorecard.security.lockout.*}, e.g.
 * {@code SCORECARD_SECURITY_LOCKOUT_MAX_FAILURES}).
 *
 * @param maxFailures failures of one account from one address before that pair is locked
 * @param duration how long a lock lasts, and how long a run of failures counts (pair and address)
 * @param accountSlowdownAfter failures of one account, from anywhere, before each further one holds the account
 *     back for a growing delay (1 s, doubling); no fewer than {@code maxFailures}, or one person's typing at one place
 *     would slow their account down everywhere
 * @param accountMaxDelay the longest of those delays
 * @param accountMaxFailures failures of one account, from anywhere, before it is locked everywhere it has not signed
 *     in from lately
 * @param accountWindow how long an account's failures count
 * @param addressMaxAccounts accounts that failed from one address before that address is locked for every account
 * @param trustedFor how long a successful sign-in exempts its address from the account's own limits
 */
@ConfigurationProperties("scorecard.security.lockout")
record SignInThrottleProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("15m") Duration duration,
        @DefaultValue("10") int accountSlowdownAfter,
        @DefaultValue("30s") Duration accountMaxDelay,
        @DefaultValue("50") int accountMaxFailures,
        @DefaultValue("1h") Duration accountWindow,
        @DefaultValue("100") int addressMaxAccounts,
        @DefaultValue("30d") Duration trustedFor) {

    SignInThrottleProperties {
        if (maxFailures < 1 || accountSlowdownAfter < 1 || accountMaxFailures < 1 || addressMaxAccounts < 1) {
            throw new IllegalArgumentException("scorecard.security.lockout: every limit must be at least 1");
        }
    }

    /** The defaults, as documented. */
    static SignInThrottleProperties defaults() {
        return new SignInThrottleProperties(
                10,
                Duration.ofMinutes(15),
                10,
                Duration.ofSeconds(30),
                50,
                Duration.ofHours(1),
                100,
                Duration.ofDays(30));
    }
}
