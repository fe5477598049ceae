package app.scorecard.account;

/** An account could not be created as asked: the message says why, in words fit for the person who asked. */
public class InvalidAccountException extends RuntimeException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
