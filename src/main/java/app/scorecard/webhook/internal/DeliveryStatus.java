package app.scorecard.webhook.internal;

/** Where a delivery stands: waiting for its next attempt, taken by the receiver (2xx), or given up. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
