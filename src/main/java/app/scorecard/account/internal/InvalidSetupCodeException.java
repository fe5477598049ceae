package app.scorecard.account.internal;

/** The setup code was wrong, already used, or setup is over because accounts exist. */
public class InvalidSetupCodeException extends RuntimeException {

    public InvalidSetupCodeException() {
        super("That setup code is not valid. Use the code printed in the application's log at its last start.");
    }
}
