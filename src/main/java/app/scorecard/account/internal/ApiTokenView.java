package app.scorecard.account.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as lists show it: never its secret, which only {@link ApiTokens#create} hands out, once.
 *
 * @param prefix the secret's first characters, so a person can tell which token a script holds
 * @param expired the expiry has passed: the token no longer works
 */
public record ApiTokenView(
        long id,
        long accountId,
        String username,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        boolean expired) {}
