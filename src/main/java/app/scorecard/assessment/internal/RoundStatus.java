package app.scorecard.assessment.internal;

public enum RoundStatus {
    OPEN,
    CLOSED
}
