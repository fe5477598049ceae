package app.scorecard.account.internal;

import app.scorecard.account.Account;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account as its edit page shows it: with the version the edit form carries back (so a change made meanwhile is
 * not overwritten), whether its password is a temporary one not yet replaced, and until when failed sign-ins lock or
 * hold it back somewhere (null when they do not). The email (lower case, null for none) links the person to this
 * account the first time they sign in through single sign-on with that address verified by the provider.
 */
public record AccountDetails(
        Account account,
        long version,
        @Nullable String email,
        boolean mustChangePassword,
        @Nullable Instant signInsLockedUntil) {}
