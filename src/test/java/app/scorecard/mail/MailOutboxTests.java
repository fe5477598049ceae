package app.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.scorecard.mail.MailStatus.State;
import app.scorecard.mail.internal.OutgoingMail;
import app.scorecard.mail.internal.OutgoingMailRepository;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail), and against servers that are down, refuse or stay silent. The
 * clock stands still unless a test moves it, and the periodic run never comes within a test: messages go out by the
 * run that follows each commit, or by a test calling the dispatcher itself.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=localhost",
            "scorecard.mail.from=Excellence Scorecard <scorecard@example.org>",
            "scorecard.mail.dispatch-interval=1h",
            "scorecard.base-url=https://scorecard.example.org"
        })
@Import(MailOutboxTests.Setup.class)
class MailOutboxTests {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutgoingMailRepository mails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    StatementLog statements;

    @Test
    void sendsAQueuedMessageSoonAfterItsTransactionCommits() throws Exception {
        transaction.executeWithoutResult(status -> outbox.queue(new OutgoingMessage(
                "invitation:1",
                "ann@example.org",
                "Your invitation to the 2026 Q3 round",
                "Hello Ann,\nanswer here: https://scorecard.example.org/r/abc123\nGrüße")));

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        awaitState("invitation:1", State.SENT);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("scorecard@example.org");
        assertThat(from.getPersonal()).isEqualTo("Excellence Scorecard");
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(address -> ((InternetAddress) address).getAddress())
                .containsExactly("ann@example.org");
        assertThat(mail.getSubject()).isEqualTo("Your invitation to the 2026 Q3 round");
        assertThat(mail.getContent())
                .isEqualTo("Hello Ann,\r\nanswer here: https://scorecard.example.org/r/abc123\r\nGrüße");
        assertThat(outbox.statusOf(List.of("invitation:1")))
                .containsExactly(Map.entry("invitation:1", new MailStatus(State.SENT, 1, clock.instant(), null)));
    }

    @Test
    void sendsNothingWhenTheQueuingTransactionRollsBack() throws Exception {
        transaction.executeWithoutResult(status -> {
            outbox.queue(new OutgoingMessage("rollback:1", "rolled-back@example.org", "Never", "Never sent"));
            status.setRollbackOnly();
        });
        // The run after this commit sends every due message: the first one too, had it been stored.
        transaction.executeWithoutResult(status -> outbox.queue(
                new OutgoingMessage("rollback:2", "committed@example.org", "Sent", "Sent after its commit")));

        awaitState("rollback:2", State.SENT);
        assertThat(greenMail.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .containsExactly("Sent");
        assertThat(outbox.statusOf(List.of("rollback:1"))).isEmpty();
    }

    @Test
    void keepsAMessageWhileTheServerIsDownAndSendsItOnceItIsBack() throws Exception {
        greenMail.stop();
        Instant queuedAt = clock.instant();
        queue("down:1");

        // The run after the commit finds no server: attempt 1, tried again a minute later.
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError("down:1") != null);
        assertThat(status("down:1")).isEqualTo(pending(1, queuedAt.plus(Duration.ofMinutes(1))));
        assertThat(lastError("down:1")).startsWith("ConnectException: Connection refused");

        assertThat(dispatcher.dispatch()).as("not due before its backoff").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatch()).as("the server is still down").isZero();
        assertThat(status("down:1"))
                .as("the backoff doubles")
                .isEqualTo(pending(2, queuedAt.plus(Duration.ofMinutes(1 + 2))));

        greenMail.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(dispatcher.dispatch()).isZero();

        assertThat(greenMail.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .containsExactly("Subject of down:1");
        assertThat(status("down:1")).isEqualTo(new MailStatus(State.SENT, 3, clock.instant(), null));
    }

    @Test
    void marksAMessageRefusedWhenTheServerRefusesItsRecipientAndNeverTriesItAgain() throws Exception {
        greenMail.stop();
        try (FakeSmtpServer server = FakeSmtpServer.refusingRecipients(SMTP_PORT)) {
            queue("refused:1");

            awaitState("refused:1", State.REFUSED);
            assertThat(status("refused:1")).isEqualTo(new MailStatus(State.REFUSED, 1, null, null));
            assertThat(lastError("refused:1")).contains("550 5.1.1 No such mailbox here");

            clock.advance(Duration.ofDays(1));
            assertThat(dispatcher.dispatch()).isZero();
            assertThat(server.recipientsRefused()).isEqualTo(1);
        }
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMessageOnce() throws Exception {
        // Stored directly, so that no run after a commit takes them first.
        List<String> references =
                IntStream.rangeClosed(1, 40).mapToObj(i -> "race:" + i).toList();
        transaction.executeWithoutResult(status ->
                references.forEach(reference -> mails.save(new OutgoingMail(message(reference), clock.instant()))));

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = instances.invokeAll(List.of(
                    () -> {
                        start.await();
                        return dispatcher.dispatch();
                    },
                    () -> {
                        start.await();
                        return dispatcher.dispatch();
                    }));
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(40);
        } finally {
            instances.shutdown();
        }

        assertThat(greenMail.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrderElementsOf(
                        references.stream().map(r -> "Subject of " + r).toList());
        assertThat(outbox.statusOf(references).values())
                .as("a dispatcher that lost a message never counted an attempt at it")
                .hasSize(40)
                .allSatisfy(
                        status -> assertThat(status).isEqualTo(new MailStatus(State.SENT, 1, clock.instant(), null)));
    }

    @Test
    void cancelledMessagesAreNeverSent() throws Exception {
        greenMail.stop();
        queue("cancel:1");
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError("cancel:1") != null);

        outbox.cancel("cancel:1");
        transaction.executeWithoutResult(status -> {
            outbox.queue(message("cancel:2"));
            outbox.cancel("cancel:2");
        });
        greenMail.start();
        clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatch()).isZero();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(outbox.statusOf(List.of("cancel:1", "cancel:2")))
                .containsOnly(
                        Map.entry("cancel:1", new MailStatus(State.CANCELLED, 1, null, null)),
                        Map.entry("cancel:2", new MailStatus(State.CANCELLED, 0, null, null)));
    }

    @Test
    void statusOfReadsTheNewestMessageOfEachReferenceInOneQuery() throws Exception {
        transaction.executeWithoutResult(status -> {
            outbox.queue(message("status:a"));
            outbox.queue(message("status:b"));
        });
        awaitState("status:a", State.SENT);
        awaitState("status:b", State.SENT);
        Instant sentAt = clock.instant();
        greenMail.stop();
        clock.advance(Duration.ofMinutes(5));
        queue("status:a"); // a reminder, while the server is down
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError("status:a") != null);

        statements.startRecording();
        Map<String, MailStatus> statuses = outbox.statusOf(List.of("status:a", "status:b", "status:unknown"));
        List<String> sql = statements.stopRecording();

        assertThat(statuses)
                .containsOnly(
                        Map.entry("status:a", pending(1, clock.instant().plus(Duration.ofMinutes(1)))),
                        Map.entry("status:b", new MailStatus(State.SENT, 1, sentAt, null)));
        assertThat(sql).hasSize(1);
    }

    @Test
    void committingNeverWaitsForTheMailServer() throws Exception {
        greenMail.stop();
        try (FakeSmtpServer server = FakeSmtpServer.silent(SMTP_PORT)) {
            queue("silent:1");

            // The commit has returned while the server has not said a word: the attempt is still under way.
            assertThat(server.awaitConnection()).isTrue();
            assertThat(lastError("silent:1")).isNull();
            assertThat(status("silent:1").attempts()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError("silent:1") != null);
        assertThat(status("silent:1").state()).isEqualTo(State.PENDING);

        greenMail.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatch()).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    /** A test that failed half-way must not leave messages for the next one to send. */
    @AfterEach
    void cancelWhatIsLeft() {
        jdbc.sql("update outgoing_mail set status = 'CANCELLED', lock_version = lock_version + 1"
                        + " where status = 'PENDING'")
                .update();
    }

    private void queue(String reference) {
        transaction.executeWithoutResult(status -> outbox.queue(message(reference)));
    }

    private static OutgoingMessage message(String reference) {
        String recipient = reference.replace(':', '-') + "@example.org";
        return new OutgoingMessage(reference, recipient, "Subject of " + reference, "Body of " + reference);
    }

    private static MailStatus pending(int attempts, Instant nextAttemptAt) {
        return new MailStatus(State.PENDING, attempts, null, nextAttemptAt);
    }

    private MailStatus status(String reference) {
        return outbox.statusOf(List.of(reference)).get(reference);
    }

    private void awaitState(String reference, State state) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(status(reference))
                        .extracting(MailStatus::state)
                        .isEqualTo(state));
    }

    private String lastError(String reference) {
        return jdbc.sql("select last_error from outgoing_mail where reference = ?"
                        + " order by id desc fetch first row only")
                .param(reference)
                .query((row, number) -> Optional.ofNullable(row.getString(1)))
                .single()
                .orElse(null);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        HibernatePropertiesCustomizer statementInspector(StatementLog log) {
            return properties -> properties.put("hibernate.session_factory.statement_inspector", log);
        }
    }

    /** The SQL the recording thread sends, and only its own: the dispatcher's thread may be busy meanwhile. */
    static class StatementLog implements StatementInspector {

        private final List<String> statements = new CopyOnWriteArrayList<>();
        private volatile Thread recording;

        void startRecording() {
            statements.clear();
            recording = Thread.currentThread();
        }

        List<String> stopRecording() {
            recording = null;
            return List.copyOf(statements);
        }

        @Override
        public String inspect(String sql) {
            if (Thread.currentThread() == recording) {
                statements.add(sql);
            }
            return sql;
        }
    }
}
