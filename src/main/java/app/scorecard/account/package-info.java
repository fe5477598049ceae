/**
 * Accounts: the people who sign in, their roles (and whether an admin named them leaders, who see the organisation's
 * pooled numbers), password hashing, and how the first admin comes to exist (a one-time
 * setup code printed at first start, or the {@code SCORECARD_ADMIN_USERNAME} / {@code SCORECARD_ADMIN_PASSWORD}
 * variables). There is no default account outside the {@code demo} profile.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.account;
