/**
 * Round-closed notifications: the organisation's one outgoing webhook, set by an admin (URL, shared secret, on or off).
 * When a team round closes, an event saying what the round was — never an answer, score or comment — is written to an
 * outbox in the closing transaction and POSTed after it commits, signed with HMAC-SHA256, retried with a growing delay
 * and given up after the last attempt; several instances never send one delivery at the same time. Addresses that
 * resolve to the app's own networks are refused unless {@code scorecard.webhooks.allow-private-addresses} is set.
 * It listens to {@code assessment}, which knows nothing of it.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.webhook;
