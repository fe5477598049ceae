package app.scorecard.team;

/** A team could not be created or changed as asked; the message says why. */
public class InvalidTeamException extends RuntimeException {

    public InvalidTeamException(String message) {
        super(message);
    }
}
