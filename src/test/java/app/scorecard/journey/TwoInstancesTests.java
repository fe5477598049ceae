package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.ScorecardApplication;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.recurring.internal.Frequency;
import app.scorecard.recurring.internal.NewSchedule;
import app.scorecard.recurring.internal.RoundSchedules;
import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.webhook.internal.SecretChoice;
import app.scorecard.webhook.internal.WebhookSettings;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two instances of the application with the {@code postgres} profile on one real PostgreSQL (embedded), as behind a
 * load balancer: a person signs in on one and is signed in on the other, because the session lives in the database;
 * signing out on the second ends it on the first too. Then the database goes away in the middle of submissions and
 * comes back: submissions meanwhile get a 503 page with the answers still on it and nothing stored, and both instances
 * serve again without a restart; every acknowledged submission is stored, and only those. Last, both run a due
 * recurring round at the same moment and one round opens; its closing is posted to the webhook once, though both
 * instances look for due deliveries while the receiver is still answering.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

    private static final String ADMIN = "instances-admin";
    private static final String PASSWORD = "a long enough password for two instances";

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static Path dataDirectory;
    private static int databasePort;

    @BeforeAll
    static void startPostgresAndTwoInstances() throws IOException, SQLException {
        dataDirectory = Files.createTempDirectory("scorecard-pg");
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        postgres = startDatabase(true);
        try (Connection connection =
                DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            connection.createStatement().execute("create database instances");
        }
        String url = postgres.getJdbcUrl("postgres", "instances");
        first = instance(url);
        second = instance(url);
    }

    /** The same data directory and port each time, so a restart is the same database coming back. */
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres startDatabase(boolean fresh) throws IOException {
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .setOverrideWorkingDirectory(dataDirectory
                        .resolveSibling(dataDirectory.getFileName() + "-work")
                        .toFile())
                .start();
    }

    private static ConfigurableApplicationContext instance(String url) {
        // as command-line arguments, so they win over the profile's own settings, as the environment would
        return new SpringApplicationBuilder(ScorecardApplication.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--scorecard.admin.username=" + ADMIN,
                        "--scorecard.admin.password=" + PASSWORD,
                        // recurring rounds run when the test says so, and the webhook may reach its receiver here
                        "--scorecard.schedules.check=1h",
                        "--scorecard.webhooks.allow-private-addresses=true",
                        "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() throws IOException {
        // (the database is closed last, so the instances can stop cleanly)
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        postgres.close();
    }

    @Test
    @Order(1)
    void signedInOnOneInstanceIsSignedInOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
        String a = base(first);
        String b = base(second);
        // one browser: cookies are per host, not per port, as for two instances behind one load balancer
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> loginPage = send(browser, get(a + "/login"));
        HttpResponse<String> signIn = send(
                browser,
                post(
                        a + "/login",
                        "username=" + ADMIN + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                                + "&_csrf=" + csrf(loginPage.body())));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(cookies.getCookieStore().getCookies())
                .as("Spring Session's cookie, not the container's")
                .extracting(java.net.HttpCookie::getName)
                .contains("SESSION")
                .doesNotContain("JSESSIONID");

        HttpResponse<String> otherPage = send(browser, get(b + "/accounts"));
        assertThat(otherPage.statusCode())
                .as("the other instance knows the session")
                .isEqualTo(200);
        assertThat(otherPage.body()).contains("Sign out");
        long writtenAccess = sessionAccessTimes();
        assertThat(send(browser, get(a + "/teams")).statusCode()).isEqualTo(200);
        assertThat(send(browser, get(b + "/teams")).statusCode()).isEqualTo(200);
        assertThat(sessionAccessTimes())
                .as("pages within the minute read the session without writing its access time back")
                .isEqualTo(writtenAccess);

        HttpResponse<String> signOut = send(browser, post(b + "/logout", "_csrf=" + csrf(otherPage.body())));
        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignOut = send(browser, get(a + "/accounts"));
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** The sum of the stored sessions' last access times: changes whenever one is written. */
    private static long sessionAccessTimes() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        postgres.getJdbcUrl("postgres", "instances"), "postgres", "postgres");
                java.sql.ResultSet sum =
                        connection.createStatement().executeQuery("select sum(last_access_time) from spring_session")) {
            assertThat(sum.next()).isTrue();
            return sum.getLong(1);
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }

    private static HttpRequest post(String url, String form) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(2)
    void anOutageInTheMiddleOfSubmissionsLosesNothingAndServiceReturnsWithoutARestart() throws Exception {
        List<String> links = invitationLinks(30);
        List<QuestionDefinition> questions =
                first.getBean(QuestionBank.class).latestPublished("serve").questions();
        int acknowledged = 0;
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = submit(i % 2 == 0 ? first : second, links.get(i), questions, "before");
            assertThat(answer.statusCode()).as("before the outage").isEqualTo(302);
            acknowledged++;
        }

        // pages opened before the outage, sent while the database is away
        List<OpenPage> open = new java.util.ArrayList<>();
        for (int i = 10; i < 20; i++) {
            open.add(open(i % 2 == 0 ? first : second, links.get(i)));
        }
        postgres.close();
        for (int i = 10; i < 20; i++) {
            HttpResponse<String> answer = open.get(i - 10).send(questions, "typed during the outage " + i);
            assertThat(answer.statusCode()).as("during the outage").isEqualTo(503);
            assertThat(answer.body()).contains("typed during the outage " + i);
        }

        postgres = startDatabase(false);
        long back = System.nanoTime();
        awaitReady(first);
        awaitReady(second);
        System.out.printf(
                "Both instances ready %.1f s after the database came back%n", (System.nanoTime() - back) / 1e9);
        for (int i = 20; i < 30; i++) {
            HttpResponse<String> answer = submit(i % 2 == 0 ? first : second, links.get(i), questions, "after");
            assertThat(answer.statusCode()).as("after the outage").isEqualTo(302);
            acknowledged++;
        }

        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        long stored = jdbc.queryForObject(
                "select count(*) from response where round_id = ? and status = 'SUBMITTED'", Long.class, roundId);
        long answers = jdbc.queryForObject(
                "select count(*) from response_answer a join response r on r.id = a.response_id"
                        + " where r.round_id = ? and r.status = 'SUBMITTED'",
                Long.class,
                roundId);
        assertThat(stored).as("acknowledged = stored").isEqualTo(acknowledged);
        assertThat(answers).as("whole responses only").isEqualTo((long) acknowledged * questions.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from response_answer a join response r on r.id = a.response_id"
                                + " where r.round_id = ? and r.status <> 'SUBMITTED'",
                        Long.class,
                        roundId))
                .as("nothing of a refused submission stored")
                .isZero();
    }

    @Test
    @Order(3)
    void bothInstancesRunningADueScheduleAtOnceOpenOneRoundWhoseClosingIsPostedOnce() throws Exception {
        long manager = first.getBean(AccountService.class)
                .create("schedule-manager", "Manager", "a long enough password here", Set.of(Role.MANAGER))
                .id();
        TeamService teams = first.getBean(TeamService.class);
        long team = teams.create("Scheduled team").id();
        teams.place(team, manager, TeamRole.MANAGER);
        Viewer viewer = new Viewer(manager, false);
        first.getBean(RoundSchedules.class)
                .create(
                        team,
                        viewer,
                        new NewSchedule("serve", Frequency.MONTHLY, LocalDate.now(ZoneOffset.UTC), 5, false, ""));
        // a receiver that takes a second to answer
        AtomicInteger arrived = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            arrived.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            WebhookSettings webhook = first.getBean(WebhookSettings.class);
            webhook.save(
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    SecretChoice.ENTER,
                    "a-secret-both-instances-sign-with",
                    true,
                    webhook.current().version(),
                    ADMIN);

            bothAtOnce(instances, "scheduledRounds", "openDueRounds");

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            List<Long> opened =
                    jdbc.queryForList("select id from assessment_round where team_id = ?", Long.class, team);
            assertThat(opened).hasSize(1);

            // the closing instance posts it after its commit; while it waits for the answer, both look for due ones
            first.getBean(Rounds.class).close(opened.get(0), viewer);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> arrived.get() == 1);
            bothAtOnce(instances, "webhookSender", "sendDue");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from webhook_delivery where status = 'DELIVERED'", Long.class)
                            == 1);
            bothAtOnce(instances, "webhookSender", "sendDue");
            assertThat(arrived.get()).isEqualTo(1);
        } finally {
            instances.shutdown();
            receiver.stop(0);
        }
    }

    /** Runs a job of both instances at the same moment, as their schedulers would, and waits for both. */
    private static void bothAtOnce(ExecutorService pool, String bean, String method) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<Object>> runs = List.of(first, second).stream()
                .map(instance -> (Callable<Object>) () -> {
                    together.await();
                    return ReflectionTestUtils.invokeMethod(instance.getBean(bean), method);
                })
                .toList();
        for (Future<Object> run : pool.invokeAll(runs)) {
            run.get();
        }
    }

    private static long roundId;

    /** A manager, a team and an open team round with this many invitation links, made through the first instance. */
    private static List<String> invitationLinks(int count) {
        AccountService accounts = first.getBean(AccountService.class);
        TeamService teams = first.getBean(TeamService.class);
        long manager = accounts.create("outage-manager", "Manager", "a long enough password here", Set.of(Role.MANAGER))
                .id();
        long team = teams.create("Outage team").id();
        teams.place(team, manager, TeamRole.MANAGER);
        roundId = first.getBean(Rounds.class)
                .start(manager, team, "serve", "Outage", RoundMode.TEAM, null)
                .roundId();
        Invitations invitations = first.getBean(Invitations.class);
        Viewer viewer = new Viewer(manager, false);
        invitations.invite(
                roundId,
                viewer,
                IntStream.range(0, count).mapToObj(i -> "Person " + i).toList());
        return invitations.of(roundId, viewer).stream()
                .map(InvitationView::token)
                .toList();
    }

    /** Opens an invitation link and submits every answer with a comment, as a browser would. */
    private HttpResponse<String> submit(
            ConfigurableApplicationContext instance, String token, List<QuestionDefinition> questions, String comment)
            throws Exception {
        return open(instance, token).send(questions, comment);
    }

    /** Opens an invitation link as a browser would: its cookies and the form's hidden fields. */
    private OpenPage open(ConfigurableApplicationContext instance, String token) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        URI link = URI.create(base(instance) + "/i/" + token);
        String page = browser.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        StringBuilder hidden = new StringBuilder("action=submit");
        Matcher field = Pattern.compile("name=\"(_csrf|lockVersion|submissionId|versionId)\" value=\"([^\"]*)\"")
                .matcher(page);
        while (field.find()) {
            hidden.append('&')
                    .append(field.group(1))
                    .append('=')
                    .append(URLEncoder.encode(field.group(2), StandardCharsets.UTF_8));
        }
        return new OpenPage(browser, link, hidden.toString());
    }

    record OpenPage(HttpClient browser, URI link, String hidden) {

        HttpResponse<String> send(List<QuestionDefinition> questions, String comment) throws Exception {
            StringBuilder form = new StringBuilder(hidden);
            for (QuestionDefinition question : questions) {
                form.append("&choices%5B").append(question.key()).append("%5D=4");
            }
            form.append("&comments%5B")
                    .append(questions.get(0).key())
                    .append("%5D=")
                    .append(URLEncoder.encode(comment, StandardCharsets.UTF_8));
            return browser.send(
                    HttpRequest.newBuilder(link)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private void awaitReady(ConfigurableApplicationContext instance) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (http.send(get(base(instance) + "/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready 30 s after the database came back");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
