package app.scorecard.mail;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Why the mail server did not take a message, and whether that is for good. Only a refusal of the recipient address
 * (an SMTP 5xx answer to it, which JavaMail reports as a {@link SendFailedException} with invalid addresses) is for
 * good. Everything else — the server down, a refused connection, a timeout, failed authentication, a temporary 4xx —
 * may pass, and the message is tried again.
 */
record SendFailure(boolean permanent, String summary) {

    private static final int MAX_CAUSES = 10;

    static SendFailure of(MailException failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SendFailedException refusal && hasAny(refusal.getInvalidAddresses())) {
                return new SendFailure(true, summary(refusal));
            }
        }
        return new SendFailure(false, summary(firstFailure(failure)));
    }

    /** What went wrong with the (only) message, where JavaMailSenderImpl reports it. */
    private static Throwable firstFailure(MailException failure) {
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            return send.getMessageExceptions()[0];
        }
        return failure;
    }

    /** The failure, the failures of each message inside it, and what caused each. */
    private static List<Throwable> causes(MailException failure) {
        List<Throwable> tops = new ArrayList<>(List.of(failure));
        if (failure instanceof MailSendException send) {
            tops.addAll(List.of(send.getMessageExceptions()));
        }
        List<Throwable> causes = new ArrayList<>();
        for (Throwable top : tops) {
            Throwable cause = top;
            for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
                causes.add(cause);
            }
        }
        return causes;
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }

    /** The innermost cause, which names what went wrong ({@code ConnectException: Connection refused}, the server's
     * answer). Never the message's content. */
    private static String summary(Throwable failure) {
        Throwable innermost = failure;
        for (int i = 0; innermost.getCause() != null && i < MAX_CAUSES; i++) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        String name = innermost.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
