package app.scorecard.comparison;

/** Where an action stands. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
