package app.scorecard.webhook.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scorecard.webhooks.*}: whether a webhook may point at loopback, link-local, private or multicast addresses
 * (off: an address inside the app's own network is refused, so that the setting cannot be used to reach it), how often
 * the sender looks for due deliveries, and how long it waits to connect and for an answer.
 */
@ConfigurationProperties("scorecard.webhooks")
record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("30s") Duration sendInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout) {

    WebhookProperties {
        for (Duration duration : new Duration[] {sendInterval, connectTimeout, readTimeout}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "scorecard.webhooks.send-interval, connect-timeout and read-timeout must be positive");
            }
        }
    }
}
