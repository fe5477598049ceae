package app.scorecard.account.internal;

/**
 * A person already has {@link ApiTokens#MAX_USABLE} tokens that work: one more is refused until they revoke one (or
 * one expires). Tokens are made per use; more than this is a sign of tokens made and forgotten.
 */
public class TooManyApiTokensException extends RuntimeException {

    public TooManyApiTokensException() {
        super("An account has at most " + ApiTokens.MAX_USABLE + " usable API tokens");
    }
}
