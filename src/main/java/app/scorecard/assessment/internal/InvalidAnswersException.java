package app.scorecard.assessment.internal;

/** Answers were refused; nothing was stored. The sheet names every problem by question. */
public class InvalidAnswersException extends RuntimeException {

    private final transient AnswerSheet sheet;

    public InvalidAnswersException(AnswerSheet sheet) {
        super(sheet.problems().size() + " answers need attention");
        this.sheet = sheet;
    }

    public AnswerSheet sheet() {
        return sheet;
    }
}
