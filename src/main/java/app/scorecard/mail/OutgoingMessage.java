package app.scorecard.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;

/**
 * A plain-text mail to queue: the {@code reference} ties it to what it is about (e.g. {@code invitation:42:reminder}),
 * for {@link MailOutbox#statusOf} and {@link MailOutbox#cancel}. Refuses what the outbox could not store or send: too
 * long a field, a recipient that is not one valid address, a line break in the subject.
 */
public record OutgoingMessage(String reference, String recipient, String subject, String body) {

    public static final int REFERENCE_MAX_LENGTH = 100;
    public static final int RECIPIENT_MAX_LENGTH = 254;
    public static final int SUBJECT_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 8000;

    public OutgoingMessage {
        require(reference, "reference", REFERENCE_MAX_LENGTH);
        require(recipient, "recipient", RECIPIENT_MAX_LENGTH);
        require(subject, "subject", SUBJECT_MAX_LENGTH);
        Objects.requireNonNull(body, "body");
        if (body.length() > BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("A mail's body has at most " + BODY_MAX_LENGTH + " characters");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("A mail's subject is one line");
        }
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("A mail's recipient must be one valid address", e);
        }
    }

    private static void require(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("A mail's " + name + " has 1 to " + maxLength + " characters");
        }
    }
}
