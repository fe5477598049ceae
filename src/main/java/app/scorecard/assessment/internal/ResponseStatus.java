package app.scorecard.assessment.internal;

public enum ResponseStatus {
    DRAFT,
    SUBMITTED
}
