package app.scorecard.assessment.internal;

/** The round is closed: it takes no answers any more, and nothing was stored. */
public class RoundClosedException extends IllegalStateException {

    public RoundClosedException() {
        super("This round is closed and takes no more answers.");
    }
}
