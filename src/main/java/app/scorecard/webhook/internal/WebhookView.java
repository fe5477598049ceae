package app.scorecard.webhook.internal;

import org.jspecify.annotations.Nullable;

/**
 * The webhook as its settings page shows it: never its secret, only the secret's last characters.
 *
 * @param url where events go, {@code null} while none is set
 * @param secretHint the secret's last four characters after an ellipsis, {@code null} while there is none
 * @param version what an edit form carries, so that a concurrent change is not overwritten
 * @param linksKnown whether events of rounds closed at their closing date carry a link ({@code scorecard.base-url} set)
 */
public record WebhookView(
        @Nullable String url, boolean enabled, @Nullable String secretHint, long version, boolean linksKnown) {

    public boolean hasSecret() {
        return secretHint != null;
    }
}
