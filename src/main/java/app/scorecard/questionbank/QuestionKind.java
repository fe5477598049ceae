package app.scorecard.questionbank;

/** How a question is answered. Both kinds take 1–5 or "Not applicable / don't know". */
public enum QuestionKind {
    /** A statement: 1 Strongly disagree … 5 Strongly agree. */
    AGREEMENT,
    /** A choice between two poles: 1 is fully the mediocrity pole, 5 fully the excellence pole. */
    EITHER_OR
}
