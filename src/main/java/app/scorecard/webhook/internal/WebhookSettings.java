package app.scorecard.webhook.internal;

import app.scorecard.web.PublicAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook's settings, for admins (the security configuration): where events go, its secret — generated here and
 * shown once, or typed in; afterwards only its last characters are ever shown, and it is never logged — and whether it
 * is on; the last deliveries; and a test event.
 */
@Service
@Transactional(readOnly = true)
public class WebhookSettings {

    public static final int SECRET_MIN_LENGTH = 16;
    public static final int SECRET_MAX_LENGTH = 200;

    private static final Logger audit = LoggerFactory.getLogger("app.scorecard.security");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAddresses addresses;
    private final WebhookEvents events;
    private final PublicAddress publicAddress;

    WebhookSettings(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookAddresses addresses,
            WebhookEvents events,
            PublicAddress publicAddress) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.events = events;
        this.publicAddress = publicAddress;
    }

    public WebhookView current() {
        return view(endpoints.current());
    }

    /** The newest deliveries first, at most 20. */
    public List<DeliveryView> recentDeliveries() {
        return deliveries.findTop20ByOrderByCreatedAtDescIdDesc().stream()
                .map(WebhookDelivery::toView)
                .toList();
    }

    /**
     * Saves the settings as a whole.
     *
     * @param url where events go; blank for none (only while it is off)
     * @param enteredSecret the secret typed in, for {@link SecretChoice#ENTER}
     * @param version the version the form showed
     * @param admin who saves, for the log
     * @return the settings, with the new secret if one was generated (to show once)
     * @throws InvalidWebhookException naming every problem; nothing changes
     * @throws ObjectOptimisticLockingFailureException when another admin changed them meanwhile
     */
    @Transactional
    public SavedWebhook save(
            String url, SecretChoice choice, String enteredSecret, boolean enabled, long version, String admin) {
        WebhookEndpoint endpoint = endpoints.current();
        if (endpoint.getLockVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(WebhookEndpoint.class, WebhookEndpoint.ID);
        }
        List<InvalidWebhookException.Problem> problems = new ArrayList<>();
        String target = url.strip();
        if (target.isEmpty()) {
            if (enabled) {
                problems.add(new InvalidWebhookException.Problem("url", "webhook.problem.urlRequired"));
            }
        } else if (target.length() > WebhookEndpoint.URL_MAX_LENGTH) {
            problems.add(new InvalidWebhookException.Problem("url", "webhook.problem.urlTooLong"));
        } else {
            addresses.problem(target).ifPresent(key -> problems.add(new InvalidWebhookException.Problem("url", key)));
        }
        String generated = null;
        String secret = endpoint.getSecret();
        switch (choice) {
            case GENERATE -> secret = generated = generate();
            case ENTER -> {
                secret = enteredSecret.strip();
                if (secret.length() < SECRET_MIN_LENGTH
                        || secret.length() > SECRET_MAX_LENGTH
                        || !secret.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                    problems.add(new InvalidWebhookException.Problem("secret", "webhook.problem.secretInvalid"));
                }
            }
            case KEEP -> {
                if (secret == null && enabled) {
                    problems.add(new InvalidWebhookException.Problem("secret", "webhook.problem.secretRequired"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWebhookException(problems);
        }
        endpoint.configure(target.isEmpty() ? null : target, secret, enabled);
        endpoints.flush();
        audit.info(
                "{} set the round-closed webhook: {}, {}, secret {}",
                admin,
                target.isEmpty() ? "no URL" : origin(target),
                enabled ? "on" : "off",
                switch (choice) {
                    case KEEP -> "kept";
                    case GENERATE -> "generated anew";
                    case ENTER -> "entered anew";
                });
        return new SavedWebhook(view(endpoint), generated);
    }

    /**
     * Writes a test event, sent as round events are.
     *
     * @throws InvalidWebhookException while the webhook is off
     */
    @Transactional
    public void sendTest() {
        if (!endpoints.current().isEnabled()) {
            throw new InvalidWebhookException(
                    List.of(new InvalidWebhookException.Problem("test", "webhook.problem.testNeedsOn")));
        }
        events.test();
    }

    private WebhookView view(WebhookEndpoint endpoint) {
        return new WebhookView(
                endpoint.getUrl(),
                endpoint.isEnabled(),
                endpoint.secretHint(),
                endpoint.getLockVersion(),
                publicAddress.configured());
    }

    /** 256 random bits, URL-safe, with a prefix that says what it is. */
    private static String generate() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Scheme and host alone: a URL's path or query may carry a token of the receiver's, which the log must not. */
    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    }
}
