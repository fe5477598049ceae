package app.scorecard.web.errors;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request the API refuses as a whole, listing every offending field: 400 with {@code errors} in the problem. */
public class InvalidRequestException extends ErrorResponseException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problemDetail(problems), null);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static ProblemDetail problemDetail(List<FieldProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.size() == 1
                        ? "One field of the request is not valid."
                        : problems.size() + " fields of the request are not valid.");
        detail.setTitle("Invalid request");
        detail.setProperty("errors", List.copyOf(problems));
        return detail;
    }
}
