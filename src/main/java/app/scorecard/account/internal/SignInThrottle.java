package app.scorecard.account.internal;

import app.scorecard.account.AccountRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down: after {@value #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, that username is locked until the oldest failure leaves the window — before any password hash is
 * computed, so guessing costs the server nothing more. Counted per instance, in memory.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_USERNAMES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(AccountRules.normalizeUsername(event.getAuthentication().getName()));
    }

    void recordFailure(String username) {
        if (failures.size() >= MAX_TRACKED_USERNAMES) {
            failures.entrySet().removeIf(entry -> isExpired(entry.getValue()));
        }
        Deque<Instant> times =
                failures.computeIfAbsent(AccountRules.normalizeUsername(username), key -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    public boolean isLocked(String username) {
        Deque<Instant> times = failures.get(AccountRules.normalizeUsername(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            Instant windowStart = clock.instant().minus(WINDOW);
            return times.size() >= MAX_FAILURES && times.peekFirst().isAfter(windowStart);
        }
    }

    private boolean isExpired(Deque<Instant> times) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(clock.instant().minus(WINDOW));
        }
    }
}
