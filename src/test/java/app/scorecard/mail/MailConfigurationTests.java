package app.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import app.scorecard.mail.internal.OutgoingMailRepository;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** When mail is on, and that a mail server without a From address stops the start rather than the first mail. */
class MailConfigurationTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(MailServer.class);

    @Test
    void mailIsOffWithoutAMailHostAndTheOutboxTakesNothing() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(JavaMailSender.class);
            OutgoingMailRepository mails = mock(OutgoingMailRepository.class);
            MailServer server = context.getBean(MailServer.class);
            MailOutbox outbox = new MailOutbox(mails, server, mock(MailDispatcher.class), Clock.systemUTC());
            MailDispatcher dispatcher = new MailDispatcher(
                    mails, server, mock(PlatformTransactionManager.class), defaults(), Clock.systemUTC());

            assertThat(outbox.enabled()).isFalse();
            assertThatIllegalStateException()
                    .isThrownBy(() -> outbox.queue(new OutgoingMessage("r", "ann@example.org", "S", "B")));
            assertThat(dispatcher.dispatch()).isZero();
            dispatcher.dispatchSoon();
            dispatcher.destroy();
            verifyNoInteractions(mails);
        });
    }

    @Test
    void mailIsOnWithAMailHostAndAFromAddress() {
        contexts.withPropertyValues("spring.mail.host=smtp.example.org", "scorecard.mail.from=scorecard@example.org")
                .run(context -> assertThat(context.getBean(MailServer.class).isConfigured())
                        .isTrue());
    }

    @Test
    void aMailHostWithoutAFromAddressStopsTheStart() {
        contexts.withPropertyValues("spring.mail.host=smtp.example.org")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("scorecard.mail.from (SCORECARD_MAIL_FROM) must be set"));
    }

    @Test
    void aFromThatIsNotOneAddressStopsTheStart() {
        contexts.withPropertyValues(
                        "spring.mail.host=smtp.example.org",
                        "scorecard.mail.from=scorecard@example.org, admin@example.org")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("scorecard.mail.from is not one valid address"));
    }

    @Test
    void aMaximumRetryDelayBelowTheFirstStopsTheStart() {
        contexts.withPropertyValues("scorecard.mail.retry-initial=2h")
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("scorecard.mail.retry-max must not be shorter than retry-initial"));
    }

    private static MailOutboxProperties defaults() {
        return new MailOutboxProperties("", Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofHours(1));
    }
}
