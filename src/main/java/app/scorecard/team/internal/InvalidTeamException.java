package app.scorecard.team.internal;

/**
 * A team could not be created or changed as asked. A page says why through {@link #messageKey()} and
 * {@link #arguments()}, in the reader's language; the message says it in English, for logs.
 */
public class InvalidTeamException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public InvalidTeamException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
