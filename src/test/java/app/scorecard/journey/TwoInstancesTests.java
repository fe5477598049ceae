package app.scorecard.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.ScorecardApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application with the {@code postgres} profile on one real PostgreSQL (embedded), as behind a
 * load balancer: a person signs in on one and is signed in on the other, because the session lives in the database;
 * signing out on the second ends it on the first too.
 */
class TwoInstancesTests {

    private static final String ADMIN = "instances-admin";
    private static final String PASSWORD = "a long enough password for two instances";

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startPostgresAndTwoInstances() throws IOException, SQLException {
        postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        try (Connection connection =
                DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            connection.createStatement().execute("create database instances");
        }
        String url = postgres.getJdbcUrl("postgres", "instances");
        first = instance(url);
        second = instance(url);
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
                        "--spring.jmx.enabled=false");
    }

    @AfterAll
    static void stop() throws IOException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        postgres.close();
    }

    @Test
    void signedInOnOneInstanceIsSignedInOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
        String a = base(first);
        String b = base(second);

        HttpResponse<String> loginPage = get(a + "/login", null);
        String cookie = sessionCookie(loginPage);
        HttpResponse<String> signIn = post(
                a + "/login",
                cookie,
                "username=" + ADMIN + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf(loginPage.body()));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String signedIn = signIn.headers()
                .firstValue("Set-Cookie")
                .map(c -> c.split(";")[0])
                .orElse(cookie);

        HttpResponse<String> otherHome = get(b + "/accounts", signedIn);
        assertThat(otherHome.statusCode())
                .as("the other instance knows the session")
                .isEqualTo(200);
        assertThat(otherHome.body()).contains("Sign out");

        HttpResponse<String> signOut = post(b + "/logout", signedIn, "_csrf=" + csrf(otherHome.body()));
        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterSignOut = get(a + "/accounts", signedIn);
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String cookie =
                response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).as("Spring Session's cookie, not the container's").startsWith("SESSION=");
        return cookie;
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
