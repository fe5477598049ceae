package app.scorecard.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.TimedJobsTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round-closed notifications against a receiver on the loopback address: the event says what the round was and nothing
 * of what anyone answered, is signed so that the receiver can check it with the secret alone, is tried again after a
 * failure (the clock moved past each wait) and given up after the last attempt, exists only if the closing does, and
 * its secret never reaches the log or a page after it was shown once.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookDeliveryTests extends TimedJobsTest {

    private static final String SECRET = "receivers-shared-secret-" + UUID.randomUUID();
    private static final String COMMENT = "A comment nobody outside may read " + UUID.randomUUID();

    @Autowired
    WebhookSettings settings;

    @Autowired
    WebhookSender sender;

    @Autowired
    Rounds rounds;

    @Autowired
    Invitations invitations;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    TeamService teams;

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    WebhookReceiver receiver;
    long team;
    String teamName;
    Viewer manager;

    @BeforeEach
    void aReceiverAndATeam() throws Exception {
        // deliveries of earlier tests are no concern of this one
        jdbc.update("update webhook_delivery set status = 'FAILED' where status = 'PENDING'");
        receiver = new WebhookReceiver();
        settings.save(
                receiver.url(),
                SecretChoice.ENTER,
                SECRET,
                true,
                settings.current().version(),
                "admin");
        teamName = "Hooked " + UUID.randomUUID().toString().substring(0, 8);
        team = teams.create(teamName).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
        manager = new Viewer(people.id("manager"), false);
    }

    @AfterEach
    void webhookOff() {
        settings.save("", SecretChoice.KEEP, "", false, settings.current().version(), "admin");
        receiver.close();
    }

    @Test
    void aRoundClosedByHandIsPostedSignedWithWhatTheRoundWasAndNothingAnyoneAnswered() throws Exception {
        long round = roundWithThreeAnswers(null);

        MockHttpServletResponse closed = mvc.perform(post("/rounds/{id}/close", round)
                        .param("confirm", "yes")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(closed.getStatus()).isEqualTo(302);

        WebhookReceiver.Received event = awaitEventAbout(round);
        String deliveryId = event.header("X-Scorecard-Delivery");
        int version = questionBank.latestPublished("serve").version();
        JsonNode expected =
                json.readTree("""
                {"id": "%s",
                 "event": "round.closed",
                 "round": {"id": %d, "label": "Hooked round", "state": "closed", "closedAt": "%s",
                           "link": "https://scorecard.example.org/rounds/%d"},
                 "team": {"id": %d, "name": "%s"},
                 "questionSet": {"key": "serve", "version": %d}}
                """.formatted(deliveryId, round, clock.instant(), round, team, teamName, version));
        assertThat(json.readTree(event.body())).isEqualTo(expected);
        assertThat(event.body())
                .doesNotContain(COMMENT)
                .doesNotContain("\"score")
                .doesNotContain("\"answer");
        assertThat(deliveryId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(event.header(":method")).isEqualTo("POST");
        assertThat(event.header("Content-Type")).isEqualTo("application/json");
        assertThat(event.header("X-Scorecard-Event")).isEqualTo("round.closed");
        assertThat(event.header("X-Scorecard-Timestamp"))
                .isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(event.header("X-Scorecard-Signature"))
                .isEqualTo(signature(SECRET, event.header("X-Scorecard-Timestamp"), event.body()));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(settingsPage())
                        .contains(teamName + " · Hooked round")
                        .contains("Delivered")
                        .contains(deliveryId));
    }

    @Test
    void aRoundClosedAtItsClosingDateIsPostedWithTheEndOfThatDay() throws Exception {
        LocalDate closesOn =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        long round = rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, closesOn)
                .roundId();
        clock.moveTo(
                closesOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(90));

        ReflectionTestUtils.invokeMethod(context.getBean("roundCloser"), "closeRoundsPastTheirDate");

        JsonNode event = json.readTree(awaitEventAbout(round).body());
        assertThat(event.at("/round/closedAt").asText())
                .isEqualTo(closesOn.plusDays(1)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .toString());
        assertThat(event.at("/round/link").asText()).isEqualTo("https://scorecard.example.org/rounds/" + round);
    }

    @Test
    void aDeliveryTheReceiverFailsIsTriedAgainAfterItsWaitAndDeliveredOnceTaken() throws Exception {
        receiver.plan(500);
        long round = rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, null)
                .roundId();

        rounds.close(round, manager);

        WebhookReceiver.Received first = awaitEventAbout(round);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(delivery(round)).containsEntry("attempts", 1));
        assertThat(delivery(round))
                .containsEntry("status", "PENDING")
                .containsEntry("last_status", 500)
                .containsEntry("last_error", "HTTP 500");

        sender.sendDue(); // not yet: the first wait is a minute
        assertThat(receiver.about(roundId(round))).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);

        List<WebhookReceiver.Received> attempts = receiver.about(roundId(round));
        assertThat(attempts).hasSize(2);
        WebhookReceiver.Received second = attempts.get(1);
        assertThat(second.header("X-Scorecard-Delivery")).isEqualTo(first.header("X-Scorecard-Delivery"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(Long.parseLong(second.header("X-Scorecard-Timestamp")))
                .isEqualTo(Long.parseLong(first.header("X-Scorecard-Timestamp")) + 60);
        assertThat(second.header("X-Scorecard-Signature"))
                .isEqualTo(signature(SECRET, second.header("X-Scorecard-Timestamp"), second.body()));
        assertThat(delivery(round)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
    }

    @Test
    void aDeliveryIsGivenUpAfterItsSixthFailedAttemptAndNeverSentAgain() throws Exception {
        receiver.otherwise(503);
        long round = rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, null)
                .roundId();
        rounds.close(round, manager);
        awaitEventAbout(round);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(delivery(round)).containsEntry("attempts", 1));

        for (Duration wait : List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(5),
                Duration.ofMinutes(30),
                Duration.ofHours(2),
                Duration.ofHours(12))) {
            clock.advance(wait.minusSeconds(1));
            sender.sendDue();
            int before = receiver.about(roundId(round)).size();
            clock.advance(Duration.ofSeconds(1));
            sender.sendDue();
            assertThat(receiver.about(roundId(round))).hasSize(before + 1);
        }

        assertThat(receiver.about(roundId(round))).hasSize(6);
        assertThat(delivery(round)).containsEntry("status", "FAILED").containsEntry("attempts", 6);
        clock.advance(Duration.ofDays(2));
        sender.sendDue();
        assertThat(receiver.about(roundId(round))).hasSize(6);
        assertThat(settingsPage()).contains("Given up");
    }

    @Test
    void aClosingThatRollsBackLeavesNoEventAndSendsNothing() throws Exception {
        long round = rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, null)
                .roundId();

        Long insideTheClosing = new TransactionTemplate(transactions).execute(status -> {
            rounds.close(round, manager);
            Long written = countEventsAbout(round);
            status.setRollbackOnly(); // e.g. the database failed at the end of the closing
            return written;
        });

        assertThat(insideTheClosing).isEqualTo(1); // written in the closing's own transaction...
        assertThat(countEventsAbout(round)).isZero(); // ...and gone with it
        assertThat(rounds.summary(round, manager).open()).isTrue();
        sender.sendDue();
        Thread.sleep(200); // a sender woken by a commit would have sent by now; none was
        assertThat(receiver.about(roundId(round))).isEmpty();
    }

    @Test
    void theSecretIsShownOnceNeverAgainOnAPageAndNeverInTheLog(CapturedOutput output) throws Exception {
        MockHttpServletResponse generated = mvc.perform(post("/admin/webhook")
                        .param("url", receiver.url())
                        .param("secretChoice", "GENERATE")
                        .param("enabled", "true")
                        .param("version", Long.toString(settings.current().version()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(generated.getStatus()).isEqualTo(200);
        Matcher shown = Pattern.compile("<code id=\"webhook-secret\">(whsec_[A-Za-z0-9_-]{43})</code>")
                .matcher(generated.getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1);

        String page = settingsPage();
        assertThat(page).doesNotContain(secret).contains("…" + secret.substring(secret.length() - 4));

        // the test event is signed with it
        mvc.perform(post("/admin/webhook/test").with(people.as("admin")).with(csrf()));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(receiver.about("\"event\":\"test\"")).hasSize(1));
        WebhookReceiver.Received test = receiver.about("\"event\":\"test\"").get(0);
        assertThat(test.header("X-Scorecard-Signature"))
                .isEqualTo(signature(secret, test.header("X-Scorecard-Timestamp"), test.body()));

        // a secret typed in is never shown back, not even by a refused form
        String typed = "typed-secret-" + UUID.randomUUID();
        MockHttpServletResponse refused = mvc.perform(post("/admin/webhook")
                        .param("url", "gopher://nowhere")
                        .param("secretChoice", "ENTER")
                        .param("secret", typed)
                        .param("enabled", "true")
                        .param("version", Long.toString(settings.current().version()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("The URL must start with https:// or http://.")
                .doesNotContain(typed);
        MockHttpServletResponse saved = mvc.perform(post("/admin/webhook")
                        .param("url", receiver.url() + "?token=receivers-own")
                        .param("secretChoice", "ENTER")
                        .param("secret", typed)
                        .param("enabled", "true")
                        .param("version", Long.toString(settings.current().version()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(settingsPage()).doesNotContain(typed).contains("…" + typed.substring(typed.length() - 4));
        rounds.close(
                rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, null)
                        .roundId(),
                manager);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(receiver.about(teamName)).hasSize(1));

        assertThat(output.getAll())
                .contains("set the round-closed webhook")
                .doesNotContain(secret)
                .doesNotContain(typed)
                .doesNotContain(SECRET)
                .doesNotContain("receivers-own");
    }

    /** A team round with three answers through links, one with a comment. */
    private long roundWithThreeAnswers(LocalDate closesOn) {
        long round = rounds.start(manager.accountId(), team, "serve", "Hooked round", RoundMode.TEAM, closesOn)
                .roundId();
        invitations.invite(round, manager, List.of("One", "Two", "Three"));
        Map<String, String> choices = new LinkedHashMap<>();
        List<QuestionDefinition> questions =
                questionBank.latestPublished("serve").questions();
        questions.forEach(question -> choices.put(question.key(), "4"));
        for (InvitationView link : invitations.of(round, manager)) {
            questionnaires.submit(
                    new Respondent.WithInvitation(link.token(), "a browser"),
                    0,
                    UUID.randomUUID().toString(),
                    choices,
                    Map.of(questions.get(0).key(), COMMENT));
        }
        return round;
    }

    private WebhookReceiver.Received awaitEventAbout(long round) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(receiver.about(roundId(round))).isNotEmpty());
        return receiver.about(roundId(round)).get(0);
    }

    private static String roundId(long round) {
        return "\"round\":{\"id\":" + round + ",";
    }

    private Map<String, Object> delivery(long round) {
        return jdbc.queryForMap("select * from webhook_delivery where payload like ?", "%" + roundId(round) + "%");
    }

    private Long countEventsAbout(long round) {
        return jdbc.queryForObject(
                "select count(*) from webhook_delivery where payload like ?", Long.class, "%" + roundId(round) + "%");
    }

    private String settingsPage() throws Exception {
        return mvc.perform(get("/admin/webhook").with(people.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The signature as a receiver computes it, with nothing but the JDK. */
    private static String signature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
