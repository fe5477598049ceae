package app.scorecard.assessment;

import java.util.List;

/**
 * Invitations (or the rule for their addresses) could not be changed as asked; the message key names the problem, with
 * its argument, and for a list of addresses every line that cannot be used. Nothing was changed.
 */
public class InvalidInvitationsException extends RuntimeException {

    private final String messageKey;
    private final Object argument;
    private final List<AddressList.Problem> problems;

    public InvalidInvitationsException(String messageKey) {
        this(messageKey, null);
    }

    public InvalidInvitationsException(String messageKey, Object argument) {
        this(messageKey, argument, List.of());
    }

    private InvalidInvitationsException(String messageKey, Object argument, List<AddressList.Problem> problems) {
        super(messageKey);
        this.messageKey = messageKey;
        this.argument = argument;
        this.problems = List.copyOf(problems);
    }

    /** A list of addresses with lines that cannot be used. */
    public static InvalidInvitationsException of(List<AddressList.Problem> problems) {
        return new InvalidInvitationsException(
                "invitations.mail.problems", Integer.toString(problems.size()), problems);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's argument, or {@code null}. (A redirect's flash attributes hand it over as text.) */
    public Object argument() {
        return argument;
    }

    public List<AddressList.Problem> problems() {
        return problems;
    }
}
