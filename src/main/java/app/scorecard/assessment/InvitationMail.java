package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.Round;
import app.scorecard.mail.MailOutbox;
import app.scorecard.mail.OutgoingMessage;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.AnonymityPolicy;
import jakarta.annotation.PostConstruct;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails that carry invitation links: the invitation itself and its one reminder, in plain words, with the link
 * built from the public address of the app ({@code scorecard.base-url}), never from a request's {@code Host}. Each
 * says what the round is, until when the link works, and what anonymity it promises.
 */
@Component
class InvitationMail {

    private final MessageSource messages;
    private final AnonymityPolicy anonymity;
    private final MailOutbox outbox;
    private final String baseUrl;

    InvitationMail(
            MessageSource messages,
            AnonymityPolicy anonymity,
            MailOutbox outbox,
            @Value("${scorecard.base-url:}") String baseUrl) {
        this.messages = messages;
        this.anonymity = anonymity;
        this.outbox = outbox;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** With mail on, links need the address people reach the app at: refuse to start without it. */
    @PostConstruct
    void requireBaseUrlWhenMailIsOn() {
        if (!outbox.enabled()) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || !uri.isAbsolute()
                || uri.getHost() == null
                || !uri.getScheme().matches("https?")) {
            throw new IllegalStateException(
                    "spring.mail.host is set, so scorecard.base-url (SCORECARD_BASE_URL) must be"
                            + " the address people open the app at, e.g. https://scorecard.example.org — the invitation links"
                            + " in the mails are built from it; it is '" + baseUrl + "'");
        }
    }

    static String reference(Invitation invitation) {
        return "invitation:" + invitation.getId();
    }

    static String reminderReference(Invitation invitation) {
        return reference(invitation) + ":reminder";
    }

    OutgoingMessage invitation(Invitation invitation, QuestionSetDefinition original, String teamName, String sender) {
        Round round = invitation.getRound();
        Locale locale = localeOf(invitation);
        QuestionSetDefinition version = original.in(locale);
        return new OutgoingMessage(
                reference(invitation),
                invitation.getEmail(),
                subject(text("invitationMail.subject", locale, teamName, version.title())),
                text(
                        "invitationMail.body",
                        locale,
                        invitation.getName(),
                        sender,
                        version.title(),
                        teamName,
                        round.getLabel(),
                        version.questionCount(),
                        until(round, locale),
                        link(invitation),
                        anonymity.minimum()));
    }

    OutgoingMessage reminder(Invitation invitation, QuestionSetDefinition original, String teamName) {
        Round round = invitation.getRound();
        Locale locale = localeOf(invitation);
        QuestionSetDefinition version = original.in(locale);
        return new OutgoingMessage(
                reminderReference(invitation),
                invitation.getEmail(),
                subject(text("invitationMail.reminder.subject", locale, version.title(), until(round, locale))),
                text(
                        "invitationMail.reminder.body",
                        locale,
                        invitation.getName(),
                        version.title(),
                        teamName,
                        round.getLabel(),
                        until(round, locale),
                        link(invitation),
                        anonymity.minimum()));
    }

    /** The invitation's language, the set's title in it where the set has a translation; English by default. */
    private static Locale localeOf(Invitation invitation) {
        return invitation.getLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(invitation.getLanguage());
    }

    private String until(Round round, Locale locale) {
        return round.getClosesOn() == null
                ? text("invitationMail.untilClosed", locale)
                : text(
                        "invitationMail.until",
                        locale,
                        round.getClosesOn()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale)));
    }

    /** One line, at most as long as a subject may be. */
    private static String subject(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= OutgoingMessage.SUBJECT_MAX_LENGTH
                ? line
                : line.substring(0, OutgoingMessage.SUBJECT_MAX_LENGTH - 1) + "…";
    }

    private String link(Invitation invitation) {
        return baseUrl + "/i/" + invitation.getToken();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
