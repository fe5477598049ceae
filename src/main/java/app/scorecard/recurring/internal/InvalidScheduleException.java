package app.scorecard.recurring.internal;

import app.scorecard.assessment.AddressList;
import java.util.List;

/** A schedule that cannot be made as asked: every problem, by field, and the lines of its invitees that cannot be used. */
public class InvalidScheduleException extends RuntimeException {

    /**
     * @param field the form field it concerns
     * @param messageKey what is wrong, with {@code arguments}
     */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String field, String messageKey, Object... arguments) {
            return new Problem(field, messageKey, List.of(arguments));
        }
    }

    private final List<Problem> problems;
    private final List<AddressList.Problem> inviteeLines;

    public InvalidScheduleException(List<Problem> problems, List<AddressList.Problem> inviteeLines) {
        super("Invalid schedule: " + problems);
        this.problems = List.copyOf(problems);
        this.inviteeLines = List.copyOf(inviteeLines);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<AddressList.Problem> inviteeLines() {
        return inviteeLines;
    }
}
