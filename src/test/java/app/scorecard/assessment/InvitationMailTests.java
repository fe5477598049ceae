package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.scorecard.mail.MailOutbox;
import app.scorecard.results.AnonymityPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The links in invitation mails are built from the configured address of the app, so it must be there. */
class InvitationMailTests {

    @Test
    void refusesToStartWithMailOnButWithoutTheAddressPeopleOpenTheAppAt() {
        for (String missing : new String[] {"", "scorecard.example.org", "ftp://scorecard.example.org", "https://"}) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> mail(true, missing).requireBaseUrlWhenMailIsOn())
                    .withMessageContaining("scorecard.base-url (SCORECARD_BASE_URL)");
        }
        assertThatCode(() -> mail(true, "https://scorecard.example.org/").requireBaseUrlWhenMailIsOn())
                .doesNotThrowAnyException();
        assertThatCode(() -> mail(false, "").requireBaseUrlWhenMailIsOn()).doesNotThrowAnyException();
    }

    private static InvitationMail mail(boolean mailOn, String baseUrl) {
        MailOutbox outbox = mock(MailOutbox.class);
        when(outbox.enabled()).thenReturn(mailOn);
        return new InvitationMail(new StaticMessageSource(), new AnonymityPolicy(3), outbox, baseUrl);
    }
}
