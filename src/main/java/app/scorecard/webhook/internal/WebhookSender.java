package app.scorecard.webhook.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the webhook's due deliveries on a thread of its own: every {@code scorecard.webhooks.send-interval}, and a
 * moment after a transaction that wrote one commits. Nothing is sent while the webhook is off; deliveries wait.
 *
 * <p>Each attempt is claimed first, in a short transaction of its own: a conditional update counts it and moves the
 * next attempt out by the backoff ({@link #RETRY_DELAYS}), so another instance finds nothing to claim, and a sender that
 * dies in the middle leaves the delivery to be tried again once that wait has passed. The POST happens outside any
 * transaction; its outcome is recorded in another. A 2xx delivers it; anything else is a failed attempt, and after
 * the last one the delivery is given up (FAILED). A failed attempt ends the run: the receiver is not taking events, and
 * the rest wait for their turn rather than for one timeout each. Receivers get a delivery at least once, and tell a
 * repeat by its id.
 */
@Component
class WebhookSender implements DisposableBean {

    /** How long after each failed attempt the next one comes: after the sixth attempt, none. */
    static final List<Duration> RETRY_DELAYS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(12));

    static final int MAX_ATTEMPTS = RETRY_DELAYS.size() + 1;

    /** How long a last attempt may stay unrecorded (the sender stopped) before the delivery counts as given up. */
    static final Duration LAST_ATTEMPT_GRACE = Duration.ofMinutes(15);

    static final int BATCH_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookAddresses addresses;
    private final WebhookClient client;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService ownThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    WebhookSender(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            WebhookAddresses addresses,
            WebhookClient client,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.addresses = addresses;
        this.client = client;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${scorecard.webhooks.send-interval:30s}",
            initialDelayString = "${scorecard.webhooks.send-interval:30s}")
    void sendDueSoon() {
        sendSoon();
    }

    /** Asks for a run on the sender's thread and returns at once; requests made before the run starts share it. */
    void sendSoon() {
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        try {
            ownThread.execute(() -> {
                requested.set(false);
                try {
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Sending webhook deliveries failed, tried again at the next run: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            requested.set(false); // shutting down: the next start sends what is due
        }
    }

    /** Sends what is due now, on the calling thread. Returns how many deliveries the receiver took. */
    int sendDue() {
        Endpoint endpoint = transaction.execute(status -> Endpoint.of(endpoints.current()));
        if (endpoint == null) {
            return 0;
        }
        Instant now = clock.instant();
        Integer abandoned = transaction.execute(
                status -> deliveries.giveUpAbandoned(now, MAX_ATTEMPTS, "no outcome recorded for the last attempt"));
        if (abandoned != null && abandoned > 0) {
            log.warn("Gave up {} webhook deliveries whose last attempt recorded no outcome", abandoned);
        }
        int delivered = 0;
        List<WebhookDeliveryRepository.Due> due;
        do {
            due = deliveries.findDue(now, MAX_ATTEMPTS, Limit.of(BATCH_SIZE));
            for (WebhookDeliveryRepository.Due next : due) {
                Optional<WebhookDelivery> claimed = claim(next, now);
                if (claimed.isEmpty()) {
                    continue;
                }
                if (!attempt(endpoint, claimed.get(), next.attempts() + 1)) {
                    return delivered;
                }
                delivered++;
            }
        } while (due.size() == BATCH_SIZE);
        return delivered;
    }

    private Optional<WebhookDelivery> claim(WebhookDeliveryRepository.Due due, Instant now) {
        int attempt = due.attempts() + 1;
        Instant retryAt = now.plus(attempt < MAX_ATTEMPTS ? RETRY_DELAYS.get(attempt - 1) : LAST_ATTEMPT_GRACE);
        return Optional.ofNullable(transaction.execute(status -> {
            if (deliveries.claim(due.id(), due.attempts(), now, retryAt) != 1) {
                return null; // another instance took it
            }
            return deliveries.findById(due.id()).orElse(null);
        }));
    }

    /** One attempt; whether the receiver took it. */
    private boolean attempt(Endpoint endpoint, WebhookDelivery delivery, int attempt) {
        Optional<String> refused = addresses.problem(endpoint.url());
        WebhookClient.Answer answer;
        if (refused.isPresent()) {
            answer = new WebhookClient.Answer(
                    null, "refused before sending: " + refused.get().replace("webhook.problem.", ""));
        } else {
            long timestamp = clock.instant().getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "Excellence-Scorecard-Webhook/1");
            headers.put("X-Scorecard-Event", delivery.getEventType());
            headers.put("X-Scorecard-Delivery", delivery.getDeliveryId());
            headers.put("X-Scorecard-Timestamp", Long.toString(timestamp));
            headers.put(
                    "X-Scorecard-Signature",
                    WebhookSignature.sign(endpoint.secret(), timestamp, delivery.getPayload()));
            answer = client.post(URI.create(endpoint.url()), headers, delivery.getPayload());
        }
        record(delivery, attempt, answer);
        return answer.success();
    }

    private void record(WebhookDelivery delivery, int attempt, WebhookClient.Answer answer) {
        String problem = answer.problem();
        DeliveryStatus status = answer.success()
                ? DeliveryStatus.DELIVERED
                : attempt >= MAX_ATTEMPTS ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        transaction.executeWithoutResult(tx -> deliveries.record(
                delivery.getId(),
                attempt,
                status,
                answer.status(),
                problem == null ? null : truncate(problem),
                answer.success() ? clock.instant() : null));
        if (status == DeliveryStatus.FAILED) {
            log.warn("Webhook delivery {} given up after {} attempts: {}", delivery.getDeliveryId(), attempt, problem);
        } else if (status == DeliveryStatus.PENDING) {
            log.info(
                    "Webhook delivery {} not taken (attempt {} of {}), tried again later: {}",
                    delivery.getDeliveryId(),
                    attempt,
                    MAX_ATTEMPTS,
                    problem);
        }
    }

    private static String truncate(String text) {
        return text.length() <= WebhookDelivery.ERROR_MAX_LENGTH
                ? text
                : text.substring(0, WebhookDelivery.ERROR_MAX_LENGTH);
    }

    @Override
    public void destroy() throws InterruptedException {
        ownThread.shutdown();
        if (!ownThread.awaitTermination(20, TimeUnit.SECONDS)) {
            ownThread.shutdownNow(); // a delivery claimed but not recorded is tried again after its backoff
        }
    }

    /** Where to send and what to sign with, read once per run; {@code null} while the webhook is off. */
    private record Endpoint(String url, String secret) {

        static @Nullable Endpoint of(WebhookEndpoint endpoint) {
            if (!endpoint.isEnabled() || endpoint.getUrl() == null || endpoint.getSecret() == null) {
                return null;
            }
            return new Endpoint(endpoint.getUrl(), endpoint.getSecret());
        }

        @Override
        public String toString() {
            return "Endpoint[secret hidden]";
        }
    }
}
