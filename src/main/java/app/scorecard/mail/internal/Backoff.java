package app.scorecard.mail.internal;

import java.time.Duration;

/** How long a message waits after its n-th attempt: {@code initial}, doubled per attempt, at most {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("A backoff starts positive and its maximum is not below its start");
        }
    }

    /** The wait after attempt number {@code attempts} (1 for the first). */
    public Duration after(int attempts) {
        Duration wait = initial;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
