package app.scorecard.questionbank.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A change to a draft, or its publication, was refused; nothing was changed. {@link #problems()} lists why. */
public class InvalidDraftException extends RuntimeException {

    private final List<DraftProblem> problems;

    public InvalidDraftException(List<DraftProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
