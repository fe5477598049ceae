package app.scorecard.webhook.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The organisation's one webhook (the single row of {@code webhook_endpoint}): where events go, the secret they are
 * signed with, and whether it is on. The secret is kept as it is — signing needs it — and leaves this object only to
 * sign; {@link #toString()} does not show it.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    public static final int ID = 1;
    public static final int URL_MAX_LENGTH = 2000;

    @Id
    private int id;

    @Column(name = "url")
    private @Nullable String url;

    @Column(name = "secret")
    private @Nullable String secret;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected WebhookEndpoint() {}

    /**
     * Sets it as a whole.
     *
     * @throws IllegalArgumentException when it is to be on without a URL and a secret
     */
    public void configure(@Nullable String url, @Nullable String secret, boolean enabled) {
        if (enabled && (url == null || secret == null)) {
            throw new IllegalArgumentException("A webhook that is on needs a URL and a secret");
        }
        this.url = url;
        this.secret = secret;
        this.enabled = enabled;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable String getSecret() {
        return secret;
    }

    /** The secret's last four characters after an ellipsis, to tell secrets apart; {@code null} without one. */
    public @Nullable String secretHint() {
        return secret == null ? null : "…" + secret.substring(Math.max(0, secret.length() - 4));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[enabled=" + enabled + ", secret=" + (secret == null ? "none" : "set") + "]";
    }
}
