package app.scorecard.webhook.internal;

/** What becomes of the shared secret when the webhook is saved. */
public enum SecretChoice {
    /** Keeps the secret there is. */
    KEEP,
    /** Replaces it with a new random one, shown once. */
    GENERATE,
    /** Replaces it with one the admin typed (the receiver's). */
    ENTER
}
