package app.scorecard.results;

/** What a stored score is of: the whole questionnaire, one category, or one question. */
public enum ScoreScope {
    OVERALL,
    CATEGORY,
    ITEM;

    /** The key of the one score of scope {@link #OVERALL}. */
    public static final String OVERALL_KEY = "overall";
}
