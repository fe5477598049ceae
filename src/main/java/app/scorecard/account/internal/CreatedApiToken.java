package app.scorecard.account.internal;

/** A token just made, with its secret: shown to its owner this once, then only its hash is left. */
public record CreatedApiToken(ApiTokenView token, String secret) {}
