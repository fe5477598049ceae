package app.scorecard.assessment;

/** Invitations could not be created as asked; the message key names the problem. Nothing was created. */
public class InvalidInvitationsException extends RuntimeException {

    private final String messageKey;

    public InvalidInvitationsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
