package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Invitations the app mails, against a real SMTP server (GreenMail): each invitee gets exactly one mail with their own
 * link, which the manager never sees; those who have not answered get exactly one reminder before the closing date; a
 * list with a bad line invites nobody and names every problem; a mail server that is down delays the mail, never loses
 * the invitation; a revoked invitation's mail does not go out.
 */
@Tag("smoke") // also run on Java 25 by .ci/run
@ScorecardIntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=localhost",
            "scorecard.mail.from=Excellence Scorecard <scorecard@example.org>",
            "scorecard.base-url=https://scorecard.example.org/",
            "scorecard.mail.dispatch-interval=1s",
            "scorecard.mail.retry-initial=1s",
            "scorecard.mail.retry-max=2s"
        })
class MailedInvitationsTests {

    private static final int SMTP_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("https://scorecard\\.example\\.org/i/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TeamService teams;

    @Autowired
    QuestionBank questionBank;

    @Autowired
    InvitationDomains domains;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rounds rounds;

    @Autowired
    InvitationReminders reminders;

    long team;
    String suffix;

    @BeforeEach
    void aTeamOfTheManager() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = teams.create("Mailed " + suffix).id();
        teams.place(team, people.id("manager"), TeamRole.MANAGER);
    }

    @AfterEach
    void anyAddressAgain() {
        domains.change("", domains.current().version());
    }

    @Test
    void mailsEachInviteeTheirOwnLinkWhichTheManagerNeverSees() throws Exception {
        long round = startRound(null);

        MvcResult sent = invite(round, "Ana Lima <ana@example.org>\nben@example.org\n\nCleo, cleo@example.net");

        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(greenMail.waitForIncomingEmail(10_000, 3)).isTrue();
        List<MimeMessage> mails = mailsTo(List.of("ana@example.org", "ben@example.org", "cleo@example.net"));
        assertThat(mails).hasSize(3);
        List<String> tokens = new ArrayList<>();
        for (MimeMessage mail : mails) {
            String body = body(mail);
            assertThat(mail.getSubject())
                    .isEqualTo("Mailed " + suffix + ": your invitation to answer \"Do we SERVE our customers?\"");
            assertThat(body).contains("Maya Manager asks you to answer").contains("at least 3 people");
            tokens.add(token(body));
        }
        assertThat(body(mails.get(0))).startsWith("Hello Ana Lima,");
        assertThat(body(mails.get(1))).startsWith("Hello ben,");
        assertThat(tokens).doesNotHaveDuplicates();

        // The manager sees who was invited and that the mails went out — never a link.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(roundPage(round))
                        .contains("Mailed to ana@example.org")
                        .contains("mail sent"));
        String page = roundPage(round);
        String csv = text(get("/rounds/{id}/invitations.csv", round).with(people.as("manager")));
        for (String token : tokens) {
            assertThat(page).doesNotContain(token);
            assertThat(csv).doesNotContain(token);
        }
        assertThat(csv).contains("Ana Lima,,not_yet,ana@example.org");

        // The invitee answers through the link in the mail; the answer counts as an invitee's, whatever the team
        // allows.
        assertThat(answer(tokens.get(0))).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select respondent_kind from response r join invitation i on i.id = r.invitation_id"
                                + " where i.token = ?",
                        String.class,
                        tokens.get(0)))
                .isEqualTo("INVITEE");
    }

    @Test
    void remindsThoseWhoHaveNotAnsweredExactlyOnceBeforeTheClosingDate() throws Exception {
        long round = startRound(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        invite(round, "Dana <dana@example.org>\nEli <eli@example.org>\nFay <fay@example.org>");
        assertThat(greenMail.waitForIncomingEmail(10_000, 3)).isTrue();
        String danasLink = token(body(mailsTo(List.of("dana@example.org")).get(0)));
        assertThat(answer(danasLink)).isEqualTo(302);
        int before = greenMail.getReceivedMessages().length;

        int queued = reminders.remindThoseWhoHaveNotAnswered();
        int again = reminders.remindThoseWhoHaveNotAnswered();

        assertThat(queued).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(greenMail.waitForIncomingEmail(10_000, before + 2)).isTrue();
        List<MimeMessage> reminded = new ArrayList<>();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (mail.getSubject().startsWith("Reminder:")) {
                reminded.add(mail);
            }
        }
        assertThat(reminded)
                .extracting(mail -> mail.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("eli@example.org", "fay@example.org");
        assertThat(body(reminded.get(0)))
                .contains("takes answers until the end of")
                .contains(links(reminded.get(0)));
        assertThat(reminded)
                .allSatisfy(
                        mail -> assertThat(mail.getSubject()).contains("\"Do we SERVE our customers?\" takes answers"));
    }

    /** A German-speaking manager's invitations, and the reminders a background job sends days later, are German. */
    @Test
    void mailsAndRemindersSpeakTheLanguageOfTheManagerWhoSentThem() throws Exception {
        long round = startRound(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        int before = greenMail.getReceivedMessages().length;
        assertThat(mvc.perform(post("/rounds/{id}/invitations/mail", round)
                                .param("people", "Greta <greta@example.org>")
                                .locale(Locale.GERMAN)
                                .with(people.as("manager"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(greenMail.waitForIncomingEmail(10_000, before + 1)).isTrue();
        MimeMessage invitation = mailsTo(List.of("greta@example.org")).get(0);

        assertThat(invitation.getSubject())
                .isEqualTo(
                        "Mailed " + suffix + ": Ihre Einladung, „Leben wir SERVE für unsere Kunden?“ zu beantworten");
        assertThat(body(invitation)).startsWith("Hallo Greta,").contains(token(body(invitation)));

        reminders.remindThoseWhoHaveNotAnswered();
        assertThat(greenMail.waitForIncomingEmail(10_000, before + 2)).isTrue();
        List<MimeMessage> toGreta = mailsTo(List.of("greta@example.org"));
        assertThat(toGreta).hasSize(2);
        assertThat(toGreta.get(1).getSubject()).startsWith("Erinnerung: „Leben wir SERVE für unsere Kunden?“");
    }

    @Test
    void aListWithBadLinesInvitesNobodyAndNamesEveryProblem() throws Exception {
        mvc.perform(post("/admin/invitations")
                .param("allowedDomains", "example.org\n@Example.NET")
                .param("version", Long.toString(domains.current().version()))
                .with(people.as("admin"))
                .with(csrf()));
        assertThat(domains.current().domains()).containsExactly("example.org", "example.net");
        long round = startRound(null);

        MvcResult refused = invite(
                round,
                "Gil <gil@example.org>\n" // fine
                        + "Hal without an address\n" // line 2: malformed
                        + "Ivy <ivy@mail.example.org>\n" // fine: a subdomain
                        + "Jo <jo@elsewhere.com>\n" // line 4: another domain
                        + "Gilbert <Gil+work@example.org>\n"); // line 5: Gil again

        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        String page = text(get("/rounds/{id}", round).with(people.as("manager")).flashAttrs(refused.getFlashMap()));
        assertThat(page)
                .contains("3 lines cannot be used, so nobody was invited.")
                .contains("Line 2: &quot;Hal without an address&quot; is not a name with an address.")
                .contains("Line 4: jo@elsewhere.com is not an address of the organisation&#39;s domains.")
                .contains("Line 5: Gil+work@example.org is on the list twice")
                .contains("Gil &lt;gil@example.org&gt;"); // the list comes back as typed
        assertThat(jdbc.queryForObject("select count(*) from invitation where round_id = ?", Long.class, round))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient like 'gil@%'", Long.class))
                .isZero();

        // invited already: named as such
        invite(round, "Gil <gil@example.org>");
        MvcResult twice = invite(round, "gil@EXAMPLE.org");
        assertThat(text(get("/rounds/{id}", round).with(people.as("manager")).flashAttrs(twice.getFlashMap())))
                .contains("Line 1: gil@EXAMPLE.org is invited to this round already.");
    }

    @Test
    void keepsTheInvitationWhileTheMailServerIsDownAndSendsItOnceItIsBack() throws Exception {
        long round = startRound(null);
        greenMail.stop();
        try {
            assertThat(invite(round, "Kim <kim@example.org>\nLeo <leo@example.org>")
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(roundPage(round)).contains("mail not sent yet"));
            assertThat(jdbc.queryForObject("select count(*) from invitation where round_id = ?", Long.class, round))
                    .isEqualTo(2);
            // Leo's invitation is revoked while the server is down: his mail never goes out
            long leo = jdbc.queryForObject(
                    "select id from invitation where round_id = ? and email = 'leo@example.org'", Long.class, round);
            mvc.perform(post("/rounds/{id}/invitations/{inv}/revoke", round, leo)
                    .param("confirm", "yes")
                    .with(people.as("manager"))
                    .with(csrf()));
        } finally {
            greenMail.start();
        }

        assertThat(greenMail.waitForIncomingEmail(15_000, 1)).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(roundPage(round)).contains("mail sent"));
        assertThat(mailsTo(List.of("kim@example.org"))).hasSize(1);
        assertThat(mailsTo(List.of("leo@example.org"))).isEmpty();
        assertThat(roundPage(round)).contains("mail not sent (revoked or closed)");
    }

    @Test
    void aRequestNamingAnotherHostNeverPutsItIntoALinkOfAMailAPageOrTheCsv() throws Exception {
        long round = startRound(null);
        mvc.perform(post("/rounds/{id}/invitations", round)
                        .header("Host", "evil.example")
                        .param("names", "Hal")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
        mvc.perform(post("/rounds/{id}/invitations/mail", round)
                        .header("Host", "evil.example")
                        .param("people", "ivy@example.org")
                        .with(people.as("manager"))
                        .with(csrf()))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));

        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        String mail = body(mailsTo(List.of("ivy@example.org")).get(0));
        String page =
                text(get("/rounds/{id}", round).header("Host", "evil.example").with(people.as("manager")));
        String csv = text(get("/rounds/{id}/invitations.csv", round)
                .header("Host", "evil.example")
                .with(people.as("manager")));

        assertThat(mail).contains("https://scorecard.example.org/i/").doesNotContain("evil.example");
        assertThat(page).contains("https://scorecard.example.org/i/").doesNotContain("evil.example");
        assertThat(csv).contains("Hal,https://scorecard.example.org/i/").doesNotContain("evil.example");
    }

    private long startRound(LocalDate closesOn) {
        return rounds.start(people.id("manager"), team, "serve", "Mailed " + suffix, RoundMode.TEAM, closesOn)
                .roundId();
    }

    private MvcResult invite(long round, String list) throws Exception {
        return mvc.perform(post("/rounds/{id}/invitations/mail", round)
                        .param("people", list)
                        .with(people.as("manager"))
                        .with(csrf()))
                .andReturn();
    }

    private int answer(String token) throws Exception {
        MockHttpServletRequestBuilder submit = post("/i/{token}", token)
                .param("action", "submit")
                .param("lockVersion", "0")
                .with(csrf());
        for (QuestionDefinition question : questionBank.latestPublished("serve").questions()) {
            submit.param("choices[" + question.key() + "]", "4");
        }
        return mvc.perform(submit).andReturn().getResponse().getStatus();
    }

    private String roundPage(long round) throws Exception {
        return text(get("/rounds/{id}", round).with(people.as("manager")));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<MimeMessage> mailsTo(List<String> recipients) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (String recipient : recipients) {
            for (MimeMessage mail : greenMail.getReceivedMessages()) {
                if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)
                        && !mail.getSubject().startsWith("Reminder:")) {
                    found.add(mail);
                }
            }
        }
        return found;
    }

    private static String body(MimeMessage mail) throws Exception {
        return ((String) mail.getContent()).replace("\r\n", "\n");
    }

    /** The link of a reminder: the invitee's own, as in the invitation. */
    private static String links(MimeMessage mail) throws Exception {
        return "https://scorecard.example.org/i/" + token(body(mail));
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in: %s", body).isTrue();
        return link.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
