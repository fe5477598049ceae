package app.scorecard.comparison.internal;

/** An action could not be recorded as asked; the message key names the problem. Nothing was stored. */
public class InvalidActionException extends RuntimeException {

    private final String messageKey;

    public InvalidActionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
