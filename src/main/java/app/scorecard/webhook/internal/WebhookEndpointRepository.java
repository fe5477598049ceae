package app.scorecard.webhook.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Integer> {

    /** The one row, which migration V29 inserts. */
    default WebhookEndpoint current() {
        return findById(WebhookEndpoint.ID)
                .orElseThrow(() -> new IllegalStateException("The webhook row is missing (migration V29)"));
    }
}
