package app.scorecard.comparison.internal;

/** Where an action stands. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
