package app.scorecard.assessment.internal;

public enum AssessmentStatus {
    OPEN,
    CLOSED
}
