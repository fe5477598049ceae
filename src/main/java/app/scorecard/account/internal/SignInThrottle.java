package app.scorecard.account.internal;

import app.scorecard.account.AccountRules;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing down. After {@code scorecard.security.lockout.max-failures} (10) failed sign-ins in a row
 * for one username — and, counted separately, from one network address — that username or address is locked for
 * {@code scorecard.security.lockout.duration} (15 minutes). A locked sign-in is refused before any password hash is
 * computed, with the same message as a wrong password, whether or not the account exists. A success ends the
 * username's run of failures. Counted per instance, in memory.
 */
@Component
public class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;

    SignInThrottle(
            @Value("${scorecard.security.lockout.max-failures:10}") int maxFailures,
            @Value("${scorecard.security.lockout.duration:15m}") Duration duration,
            Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("scorecard.security.lockout.max-failures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.duration = duration;
        this.clock = clock;
    }

    /**
     * A refusal counts as a guess, except the one for a right temporary password: that person knew the password, and
     * is only being sent to choose their own (an admin resetting them again must not lock them out).
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureCredentialsExpiredEvent) {
            return;
        }
        recordFailure(event.getAuthentication().getName(), currentAddress().orElse(null));
    }

    /** A success ends the username's run of failures, not the address's: signing in to one's own account must not
     * reset the count of an address that is guessing other people's passwords. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        attempts.remove(userKey(event.getAuthentication().getName()));
    }

    void recordFailure(String username, String address) {
        if (attempts.size() >= MAX_TRACKED) {
            Instant now = clock.instant();
            attempts.values().removeIf(attempt -> attempt.isStale(now, duration));
        }
        fail(userKey(username));
        if (address != null) {
            fail(addressKey(address));
        }
    }

    /** Whether sign-ins for this username, or from the current request's address, are locked right now. */
    public boolean isLocked(String username) {
        return locked(userKey(username))
                || currentAddress().map(address -> locked(addressKey(address))).orElse(false);
    }

    boolean isLocked(String username, String address) {
        return locked(userKey(username)) || (address != null && locked(addressKey(address)));
    }

    private void fail(String key) {
        attempts.compute(
                key,
                (k, attempt) ->
                        (attempt == null ? new Attempts() : attempt).fail(clock.instant(), maxFailures, duration));
    }

    private boolean locked(String key) {
        Attempts attempt = attempts.get(key);
        return attempt != null && attempt.lockedUntil != null && clock.instant().isBefore(attempt.lockedUntil);
    }

    private static String userKey(String username) {
        return "user:" + AccountRules.normalizeUsername(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static Optional<String> currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.ofNullable(request.getRemoteAddr());
        }
        return Optional.empty();
    }

    /** A run of failures for one key; a failure long after the last one starts a new run. */
    private static final class Attempts {

        private int failures;
        private Instant lastFailure;
        private Instant lockedUntil;

        Attempts fail(Instant now, int maxFailures, Duration duration) {
            if (lastFailure != null && lastFailure.plus(duration).isBefore(now)) {
                failures = 0;
            }
            failures++;
            lastFailure = now;
            if (failures >= maxFailures) {
                lockedUntil = now.plus(duration);
                failures = 0;
            }
            return this;
        }

        boolean isStale(Instant now, Duration duration) {
            return lastFailure.plus(duration).isBefore(now) && (lockedUntil == null || lockedUntil.isBefore(now));
        }
    }
}
