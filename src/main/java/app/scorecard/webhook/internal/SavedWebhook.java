package app.scorecard.webhook.internal;

import org.jspecify.annotations.Nullable;

/** @param generatedSecret the new secret when one was generated: to show this once, never again */
public record SavedWebhook(WebhookView webhook, @Nullable String generatedSecret) {}
