package app.scorecard.webhook.internal;

import app.scorecard.assessment.TeamRoundClosed;
import app.scorecard.team.TeamService;
import app.scorecard.web.PublicAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events the webhook sends, written to its outbox: {@code round.closed} when a team round closes — in the closing
 * transaction, so an event exists exactly when the closing does — and {@code test} when an admin asks for one. A
 * payload says what the round was (id, label, state, when it closed, a link to it, its team and question set), never
 * what anyone answered: no answers, scores or comments. Each is sent soon after its transaction commits.
 */
@Component
class WebhookEvents {

    static final String ROUND_CLOSED = "round.closed";
    static final String TEST = "test";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final TeamService teams;
    private final PublicAddress publicAddress;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookSender sender,
            TeamService teams,
            PublicAddress publicAddress,
            JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.teams = teams;
        this.publicAddress = publicAddress;
        this.json = json;
        this.clock = clock;
    }

    /** A team round closed: its event, if the webhook is on (while it is off, closings are not kept for later). */
    @EventListener
    void roundClosed(TeamRoundClosed closed) {
        if (!endpoints.current().isEnabled()) {
            return;
        }
        String id = WebhookDelivery.newId();
        String team = teams.name(closed.teamId()).orElse("");
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("id", closed.roundId());
        round.put("label", closed.label());
        round.put("state", "closed");
        round.put("closedAt", closed.closedAt().toString());
        round.put("link", publicAddress.outsideRequests("/rounds/" + closed.roundId()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("event", ROUND_CLOSED);
        payload.put("round", round);
        payload.put("team", object("id", closed.teamId(), "name", team));
        payload.put("questionSet", object("key", closed.questionSetKey(), "version", closed.questionSetVersion()));
        write(id, ROUND_CLOSED, team + " · " + closed.label(), payload);
    }

    /** A test event, to see that the receiver gets and verifies events. */
    void test() {
        String id = WebhookDelivery.newId();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("event", TEST);
        payload.put("createdAt", clock.instant().toString());
        write(id, TEST, "", payload);
    }

    private static Map<String, Object> object(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(key, value);
        object.put(otherKey, otherValue);
        return object;
    }

    private void write(String id, String type, String subject, Map<String, Object> payload) {
        deliveries.save(new WebhookDelivery(id, type, subject, json.writeValueAsString(payload), clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.sendSoon();
                }
            });
        }
    }
}
