package app.scorecard.webhook.web;

import app.scorecard.webhook.internal.SecretChoice;
import org.jspecify.annotations.Nullable;

/**
 * The webhook's settings as typed, shown again when something is wrong — never with a secret in it.
 *
 * @param secretChoice KEEP, GENERATE or ENTER
 * @param version the version of the settings the form showed
 */
public record WebhookForm(String url, String secretChoice, boolean enabled, long version) {

    @Nullable
    SecretChoice choice() {
        for (SecretChoice candidate : SecretChoice.values()) {
            if (candidate.name().equals(secretChoice)) {
                return candidate;
            }
        }
        return null;
    }

    public boolean chose(String choice) {
        return choice.equals(secretChoice);
    }
}
