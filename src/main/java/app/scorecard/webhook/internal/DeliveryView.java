package app.scorecard.webhook.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A delivery as the settings page lists it.
 *
 * @param subject what it is about (a team and round label), empty for a test event
 * @param lastStatus the HTTP status of the last answer, if there was one
 * @param lastError why the last attempt failed, if it did
 * @param nextAttemptAt when it is tried again, while pending
 */
public record DeliveryView(
        String deliveryId,
        String eventType,
        String subject,
        DeliveryStatus status,
        int attempts,
        @Nullable Integer lastStatus,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant deliveredAt,
        Instant nextAttemptAt) {

    public boolean pending() {
        return status == DeliveryStatus.PENDING;
    }
}
