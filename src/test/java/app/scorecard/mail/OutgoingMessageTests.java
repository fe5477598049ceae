package app.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class OutgoingMessageTests {

    @Test
    void takesOneAddressWithOrWithoutAName() {
        assertThatNoException().isThrownBy(() -> message("ann@example.org", "Subject", "Body"));
        assertThatNoException().isThrownBy(() -> message("Ann Example <ann@example.org>", "Subject", "Body"));
    }

    @Test
    void refusesARecipientThatIsNotOneValidAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> message("ann", "Subject", "Body"));
        assertThatIllegalArgumentException().isThrownBy(() -> message("ann@example.org bob@example.org", "S", "B"));
        assertThatIllegalArgumentException().isThrownBy(() -> message("ann@example.org, bob@example.org", "S", "B"));
        assertThatIllegalArgumentException().isThrownBy(() -> message(" ", "Subject", "Body"));
    }

    @Test
    void refusesALineBreakInTheSubject() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> message("ann@example.org", "Hello\r\nBcc: eve@example.org", "Body"));
    }

    @Test
    void refusesWhatTheOutboxCannotStore() {
        assertThatIllegalArgumentException().isThrownBy(() -> message("ann@example.org", "S".repeat(201), "Body"));
        assertThatIllegalArgumentException().isThrownBy(() -> message("ann@example.org", "Subject", "B".repeat(8001)));
        assertThatNoException().isThrownBy(() -> message("ann@example.org", "S".repeat(200), "B".repeat(8000)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutgoingMessage("r".repeat(101), "ann@example.org", "Subject", "Body"));
    }

    private static OutgoingMessage message(String recipient, String subject, String body) {
        return new OutgoingMessage("invitation:1", recipient, subject, body);
    }
}
