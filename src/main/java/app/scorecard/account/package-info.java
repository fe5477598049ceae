/**
 * Accounts: the people who sign in and how — a password (hashed, throttled against guessing, reset by an admin to a
 * temporary one), single sign-on through an OpenID Connect provider, personal API tokens — their roles and leader
 * designation, the language they chose, ending their sessions when an admin changes them, and the first admin (a
 * one-time setup code in the log, or {@code SCORECARD_ADMIN_USERNAME} / {@code SCORECARD_ADMIN_PASSWORD}). There is no
 * default account outside the {@code demo} profile. It uses no other module; teams are {@code team}'s.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.account;
