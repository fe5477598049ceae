package app.scorecard.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP server, when there is one: Spring Boot makes a {@link JavaMailSender} once {@code spring.mail.host} is set.
 * Without it mail is off. With it, the application refuses to start unless {@code scorecard.mail.from} is one valid
 * address.
 */
@Component
@EnableConfigurationProperties(MailOutboxProperties.class)
class MailServer {

    private final @Nullable JavaMailSender sender;
    private final @Nullable InternetAddress from;
    private final Clock clock;

    MailServer(ObjectProvider<JavaMailSender> senders, MailOutboxProperties properties, Clock clock) {
        this.sender = senders.getIfAvailable();
        this.from = sender == null ? null : fromAddress(properties.from());
        this.clock = clock;
    }

    boolean isConfigured() {
        return sender != null;
    }

    /** Hands a plain-text message to the server; returns once the server has taken it. */
    void send(OutgoingMessage message) throws MailException {
        if (sender == null || from == null) {
            throw new IllegalStateException("Mail is off: spring.mail.host is not set");
        }
        InternetAddress sentFrom = from;
        sender.send(mime -> {
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(sentFrom);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            helper.setSentDate(Date.from(clock.instant()));
        });
    }

    private static InternetAddress fromAddress(String from) {
        if (from.isBlank()) {
            throw new IllegalStateException("scorecard.mail.from (SCORECARD_MAIL_FROM) must be set when"
                    + " spring.mail.host is: it is the From address of every mail the app sends");
        }
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalStateException("scorecard.mail.from is not one valid address: " + from, e);
        }
    }
}
