package app.scorecard.comparison;

/** Whether a category or question is in both rounds' versions, or only in one. */
public enum Presence {
    BOTH,
    /** Only in the later round's version. */
    ADDED,
    /** Only in the earlier round's version. */
    REMOVED
}
