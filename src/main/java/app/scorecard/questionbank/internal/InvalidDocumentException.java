package app.scorecard.questionbank.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A question-set document was refused; {@link #problems()} lists every reason. */
public class InvalidDocumentException extends RuntimeException {

    private final List<DocumentProblem> problems;

    public InvalidDocumentException(List<DocumentProblem> problems) {
        super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DocumentProblem> problems() {
        return problems;
    }
}
