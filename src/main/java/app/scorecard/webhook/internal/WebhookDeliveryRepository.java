package app.scorecard.webhook.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /** A due delivery as read: its row id and its attempts so far, which a claim must still find. */
    record Due(long id, int attempts) {}

    /** Pending deliveries whose next attempt has come and that have attempts left, the longest waiting first. */
    @Query("select new app.scorecard.webhook.internal.WebhookDeliveryRepository$Due(d.id, d.attempts)"
            + " from WebhookDelivery d where d.status = app.scorecard.webhook.internal.DeliveryStatus.PENDING"
            + " and d.nextAttemptAt <= :now and d.attempts < :maxAttempts order by d.nextAttemptAt, d.id")
    List<Due> findDue(Instant now, int maxAttempts, Limit limit);

    /**
     * Claims an attempt: counts it and moves the next one out to {@code retryAt}, provided the delivery is still
     * pending, due and at {@code attempts}. 1 when this call claimed it; 0 when another sender came first.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WebhookDelivery d set d.attempts = d.attempts + 1, d.nextAttemptAt = :retryAt
            where d.id = :id and d.attempts = :attempts and d.nextAttemptAt <= :now
              and d.status = app.scorecard.webhook.internal.DeliveryStatus.PENDING
            """)
    int claim(long id, int attempts, Instant now, Instant retryAt);

    /**
     * Records the outcome of the attempt numbered {@code attempt}: delivered, given up, or still pending (tried again at
     * the time its claim set).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WebhookDelivery d set d.status = :status, d.lastStatus = :lastStatus, d.lastError = :lastError,
                d.deliveredAt = :deliveredAt
            where d.id = :id and d.attempts = :attempt and d.status = app.scorecard.webhook.internal.DeliveryStatus.PENDING
            """)
    int record(
            long id,
            int attempt,
            DeliveryStatus status,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            @Nullable Instant deliveredAt);

    /**
     * Gives up deliveries whose last attempt was claimed but never recorded (the sender stopped in the middle) once
     * its wait has passed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WebhookDelivery d set d.status = app.scorecard.webhook.internal.DeliveryStatus.FAILED,
                d.lastError = :reason
            where d.status = app.scorecard.webhook.internal.DeliveryStatus.PENDING and d.attempts >= :maxAttempts
              and d.nextAttemptAt <= :now
            """)
    int giveUpAbandoned(Instant now, int maxAttempts, String reason);

    List<WebhookDelivery> findTop20ByOrderByCreatedAtDescIdDesc();
}
