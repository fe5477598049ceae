package app.scorecard.comparison.internal;

/** Whether a category or question is in both rounds' versions, or only in one. */
public enum Presence {
    BOTH,
    /** Only in the later round's version. */
    ADDED,
    /** Only in the earlier round's version. */
    REMOVED,
    /** A question's earlier wording, which a later version replaced with one that breaks its trend: not compared. */
    REWORDED_BEFORE,
    /** A question's later wording, which broke its trend: a new question from its version on, not compared. */
    REWORDED_AFTER
}
