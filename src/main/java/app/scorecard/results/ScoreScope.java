package app.scorecard.assessment.internal;

/** What a stored score is of: the whole questionnaire, one category, or one question. */
public enum ScoreScope {
    OVERALL,
    CATEGORY,
    ITEM
}
