package app.scorecard.webhook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event to POST to the webhook, kept until the receiver takes it (a 2xx) or the last attempt has failed. Its
 * payload is fixed when it is written; the URL and secret are read at each attempt. Attempts are claimed and recorded
 * by conditional updates ({@link WebhookDeliveryRepository}), never through this object, so that two senders cannot
 * both take one.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int ERROR_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    private String deliveryId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private @Nullable Integer lastStatus;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    protected WebhookDelivery() {}

    /**
     * A new delivery, due at once.
     *
     * @param deliveryId the id receivers see (in the payload and a header), the same on every attempt
     */
    public WebhookDelivery(String deliveryId, String eventType, String subject, String payload, Instant now) {
        this.deliveryId = deliveryId;
        this.eventType = eventType;
        this.subject = subject.length() <= SUBJECT_MAX_LENGTH ? subject : subject.substring(0, SUBJECT_MAX_LENGTH);
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A fresh id for a delivery. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public DeliveryView toView() {
        return new DeliveryView(
                deliveryId,
                eventType,
                subject,
                status,
                attempts,
                lastStatus,
                lastError,
                createdAt,
                deliveredAt,
                nextAttemptAt);
    }

    public Long getId() {
        return id;
    }

    public String getDeliveryId() {
        return deliveryId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}
