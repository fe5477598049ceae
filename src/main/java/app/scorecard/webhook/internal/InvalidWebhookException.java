package app.scorecard.webhook.internal;

import java.util.List;

/** Webhook settings that cannot be saved, or a test event that cannot be sent: every problem, by field; nothing changed. */
public class InvalidWebhookException extends RuntimeException {

    /** @param field the form field it concerns ("url", "secret", "enabled"), or "test" */
    public record Problem(String field, String messageKey) {}

    private final List<Problem> problems;

    public InvalidWebhookException(List<Problem> problems) {
        super("Invalid webhook: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
