package app.scorecard.assessment.internal;

/** The response changed since the page was shown (another tab or device saved it); nothing was stored. */
public class StaleResponseException extends RuntimeException {

    public StaleResponseException() {
        super("The answers were saved elsewhere since this page was opened.");
    }
}
