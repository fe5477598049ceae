package app.scorecard.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing down without locking anyone out for someone else's mistakes. Failed sign-ins are counted in
 * the database, so every instance counts together ({@link SignInCounters}), under three keys:
 *
 * <ul>
 *   <li>an account at one address: locked for {@code duration} (15 min) after {@code max-failures} (10);
 *   <li>an address across accounts: locked for everyone after {@code address-max-accounts} (100) accounts failed
 *       from it within {@code duration} — spraying; a person retrying their own password counts once;
 *   <li>an account from anywhere: after {@code account-slowdown-after} (10) failures within {@code account-window}
 *       (1 h), each further failure holds the account back a little longer (1 s, doubling, at most 30 s); after
 *       {@code account-max-failures} (50) it is locked for {@code duration}. Neither applies at an address the account
 *       signed in from within {@code trusted-for} (30 days), and one address cannot reach 50 in an hour (its pair lock
 *       lets through 40 at most): so an attacker needs many addresses to lock a person out, and even then not out of
 *       the places they sign in from. The price: a guesser at such an address (the same office) is held only by the
 *       pair and address limits, some thousand guesses a day, which the password rules make hopeless.
 * </ul>
 *
 * A locked sign-in is refused like a wrong password, before any hash is computed, whether or not the account exists
 * ({@link AccountUserDetailsService}); it counts as no failure, since no password was tried. An admin can unlock an
 * account ({@link #unlock}).
 */
@Component
@EnableConfigurationProperties(SignInThrottleProperties.class)
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final SignInCounters counters;
    private final SignInThrottleProperties limits;
    private final Clock clock;

    SignInThrottle(SignInCounters counters, SignInThrottleProperties limits, Clock clock) {
        this.counters = counters;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * A refusal counts as a guess, except one where no password was compared (a locked sign-in) and the one for a
     * right temporary password: that person knew the password, and is only being sent to choose their own; nor does a
     * refused sign-in through the single sign-on provider.
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureCredentialsExpiredEvent
                || event instanceof AuthenticationFailureLockedEvent
                // a sign-in through the single sign-on provider guessed no password (and names no username)
                || !(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        recordFailure(event.getAuthentication().getName(), currentAddress());
    }

    /**
     * A success ends the run of failures of the account at this address, and makes the address one the account's own
     * limits spare; it does not reset the address's count (signing in to one's own account must not hide guessing at
     * others') nor the account's (the owner signing in says nothing about who else is guessing).
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName(), currentAddress());
    }

    void recordFailure(String username, @Nullable String address) {
        Instant now = clock.instant();
        SignInKeys keys = SignInKeys.of(username, address);
        if (keys.pair() != null && keys.address() != null) {
            int pair = counters.countFailure(keys.pair(), keys.account(), now, limits.duration());
            if (pair >= limits.maxFailures()) {
                counters.lock(keys.pair(), limits.maxFailures(), now, now.plus(limits.duration()));
            }
            if (pair == 1) { // the first failure of this account's run here: one more account tried from the address
                int accounts = counters.countFailure(keys.address(), null, now, limits.duration());
                if (accounts >= limits.addressMaxAccounts()) {
                    counters.lock(keys.address(), limits.addressMaxAccounts(), now, now.plus(limits.duration()));
                    log.warn("Sign-ins from an address that failed for {} accounts are locked", accounts);
                }
            }
        }
        int account = counters.countFailure(keys.account(), keys.account(), now, limits.accountWindow());
        if (account >= limits.accountMaxFailures()) {
            counters.lock(keys.account(), limits.accountMaxFailures(), now, now.plus(limits.duration()));
        } else if (account > limits.accountSlowdownAfter()) {
            counters.holdBack(keys.account(), now.plus(delayAfter(account)));
        }
    }

    void recordSuccess(String username, @Nullable String address) {
        SignInKeys keys = SignInKeys.of(username, address);
        if (keys.pair() == null || keys.trusted() == null) {
            return;
        }
        // one read, and writes only when something changes: every API call signs in
        Map<String, Instant> found = counters.find(List.of(keys.pair(), keys.trusted()));
        if (found.containsKey(keys.pair())) {
            counters.forget(keys.pair());
        }
        if (!found.containsKey(keys.trusted())) {
            Instant now = clock.instant();
            counters.remember(keys.trusted(), now, now.plus(limits.trustedFor()));
        }
    }

    /** Whether sign-ins for this username (an account or not) from the current request's address are refused now. */
    public boolean isLocked(String username) {
        return isLocked(username, currentAddress());
    }

    boolean isLocked(String username, @Nullable String address) {
        Instant now = clock.instant();
        SignInKeys keys = SignInKeys.of(username, address);
        Map<String, Instant> found =
                counters.find(Stream.of(keys.account(), keys.pair(), keys.address(), keys.trusted())
                        .filter(Objects::nonNull)
                        .toList());
        boolean trusted = keys.trusted() != null && found.containsKey(keys.trusted());
        return lockedAt(found, keys.pair(), now)
                || lockedAt(found, keys.address(), now)
                || (!trusted && lockedAt(found, keys.account(), now));
    }

    /** Until when sign-ins of this account are locked or held back somewhere (from anywhere, or at an address). */
    public Optional<Instant> lockedUntil(String username) {
        return counters.lockedUntil(SignInKeys.account(username), clock.instant());
    }

    /** Ends every lock and count of the account, everywhere (an admin's decision; the addresses' counts stay). */
    public void unlock(String username) {
        counters.forgetAccount(SignInKeys.account(username));
    }

    /** Deletes the counts that neither count nor lock any more: nothing is kept longer than it serves. */
    @Scheduled(fixedDelayString = "${scorecard.security.lockout.cleanup-interval:10m}", initialDelayString = "1m")
    void deleteExpired() {
        counters.deleteExpired(clock.instant());
    }

    private Duration delayAfter(int failures) {
        int doublings = Math.min(failures - limits.accountSlowdownAfter() - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(limits.accountMaxDelay()) > 0 ? limits.accountMaxDelay() : delay;
    }

    private static boolean lockedAt(Map<String, Instant> found, @Nullable String key, Instant now) {
        return key != null && found.containsKey(key) && now.isBefore(found.get(key));
    }

    private static @Nullable String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
