package app.scorecard.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scorecard.mail.*}: the From address of every mail (required once {@code spring.mail.host} is set), how often
 * the outbox looks for due messages, and the delay before a failed message is tried again — {@code retry-initial},
 * doubling at each failure up to {@code retry-max}.
 */
@ConfigurationProperties("scorecard.mail")
record MailOutboxProperties(
        @DefaultValue("") String from,
        @DefaultValue("30s") Duration dispatchInterval,
        @DefaultValue("1m") Duration retryInitial,
        @DefaultValue("1h") Duration retryMax) {

    MailOutboxProperties {
        if (!isPositive(dispatchInterval) || !isPositive(retryInitial)) {
            throw new IllegalArgumentException(
                    "scorecard.mail.dispatch-interval and scorecard.mail.retry-initial must be positive");
        }
        if (retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException("scorecard.mail.retry-max must not be shorter than retry-initial");
        }
    }

    private static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
