package app.scorecard.account.internal;

import app.scorecard.account.Account;
import org.jspecify.annotations.Nullable;

/**
 * An account as the admins' list shows it: with its email (null for none) and how the person can sign in — with a
 * password (one of their own or a temporary one), through the provider once linked to it, or both.
 */
public record ListedAccount(Account account, @Nullable String email, boolean password, boolean singleSignOn) {}
