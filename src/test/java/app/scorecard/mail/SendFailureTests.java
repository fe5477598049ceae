package app.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Which failures end a message for good: exactly the exceptions JavaMailSenderImpl throws in each case. */
class SendFailureTests {

    private static final Object MESSAGE = new Object();
    private static final Address[] NONE = new Address[0];

    @Test
    void aRecipientRefusedForGoodIsPermanent() throws Exception {
        Address[] recipient = {new InternetAddress("nobody@example.org")};
        SendFailedException refusal = new SendFailedException(
                "Invalid Addresses", new MessagingException("550 5.1.1 No such user"), NONE, NONE, recipient);

        SendFailure failure = SendFailure.of(new MailSendException(Map.of(MESSAGE, refusal)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.summary()).isEqualTo("MessagingException: 550 5.1.1 No such user");
    }

    @Test
    void aRecipientTheServerCannotTakeForNowMayPass() throws Exception {
        Address[] recipient = {new InternetAddress("full@example.org")};
        SendFailedException busy = new SendFailedException(
                "Invalid Addresses", new MessagingException("452 4.2.2 Mailbox full"), NONE, recipient, NONE);

        SendFailure failure = SendFailure.of(new MailSendException(Map.of(MESSAGE, busy)));

        assertThat(failure.permanent()).isFalse();
        assertThat(failure.summary()).isEqualTo("MessagingException: 452 4.2.2 Mailbox full");
    }

    @Test
    void aServerThatIsDownOrSilentMayComeBack() {
        MessagingException refused =
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));
        MessagingException silent = new MessagingException("Exception reading response", new SocketTimeoutException());

        SendFailure down = SendFailure.of(
                new MailSendException("Mail server connection failed", refused, Map.of(MESSAGE, refused)));
        SendFailure timedOut =
                SendFailure.of(new MailSendException("Mail server connection failed", silent, Map.of(MESSAGE, silent)));

        assertThat(down).isEqualTo(new SendFailure(false, "ConnectException: Connection refused"));
        assertThat(timedOut).isEqualTo(new SendFailure(false, "SocketTimeoutException"));
    }

    @Test
    void failedAuthenticationMayBeFixed() {
        SendFailure failure = SendFailure.of(
                new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8 Bad credentials")));

        assertThat(failure)
                .isEqualTo(new SendFailure(false, "AuthenticationFailedException: 535 5.7.8 Bad credentials"));
    }
}
