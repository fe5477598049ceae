package app.scorecard.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as {@link ScorecardIntegrationTest} has it, for jobs that run on time — recurring rounds,
 * reminders, closing rounds at their date, webhook retries: with a clock the tests move ({@link TestClock}, from
 * 10 December 2026), mail on through a real SMTP server (GreenMail, shared by every subclass), links built from
 * {@code https://scorecard.example.org}, and webhooks allowed to reach loopback (a receiver in the test). No job runs by itself here
 * ({@code scorecard.scheduling=off}): tests run them by calling them, at the moments they choose — what a transaction
 * sends after it commits (mail, webhook deliveries) still goes at once. Every subclass shares one Spring context.
 */
@ScorecardIntegrationTest
@Import(MovedClock.class)
@TestPropertySource(
        properties = {
            "spring.mail.host=localhost",
            "scorecard.mail.from=Excellence Scorecard <scorecard@example.org>",
            "scorecard.base-url=https://scorecard.example.org",
            "scorecard.scheduling=off",
            "scorecard.webhooks.allow-private-addresses=true"
        })
public abstract class TimedJobsTest {

    public static final Instant START = Instant.parse("2026-12-10T09:00:00Z");

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    protected static final GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
