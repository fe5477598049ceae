package app.scorecard.account.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scorecard.admin.username} / {@code scorecard.admin.password} — in containers the environment variables
 * {@code SCORECARD_ADMIN_USERNAME} / {@code SCORECARD_ADMIN_PASSWORD} — create the first admin without the setup page.
 * They are read only while no account exists.
 */
@ConfigurationProperties("scorecard.admin")
public record FirstAdminProperties(String username, String password) {

    boolean isGiven() {
        return username != null && !username.isBlank();
    }
}
