package app.scorecard.questionbank.internal;

/** What a new wording of an existing question does to its trend. */
public enum TrendChoice {
    /** Same meaning: comparisons and trends continue across the change. */
    COMPARABLE,
    /** A different meaning: comparisons treat the question as a new one from this version on. */
    BREAKS_TREND
}
