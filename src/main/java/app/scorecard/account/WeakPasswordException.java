package app.scorecard.account;

import app.scorecard.account.internal.InvalidAccountException;
import java.util.List;

/**
 * A password too easy to guess ({@link PasswordStrength}): the message says so in English, and {@link #advice()}
 * names the messages ({@code messages.properties}) that tell the person why and what to do instead.
 */
public class WeakPasswordException extends InvalidAccountException {

    private final List<String> advice;

    WeakPasswordException(String message, List<String> advice) {
        super("account.password.weak", message);
        this.advice = List.copyOf(advice);
    }

    /** Message codes, the reason first, then what to do instead. */
    public List<String> advice() {
        return advice;
    }
}
