package app.scorecard.questionbank.internal;

/**
 * One thing wrong with a question-set document: where ({@code path} like {@code categories[1].questions[0].weight},
 * and the line when the parser knows it) and what.
 */
public record DocumentProblem(String path, Integer line, String message) {

    static DocumentProblem at(String path, String message) {
        return new DocumentProblem(path, null, message);
    }

    @Override
    public String toString() {
        String where = line == null ? path : "line " + line + (path.isEmpty() ? "" : ", " + path);
        return where.isEmpty() ? message : where + ": " + message;
    }
}
