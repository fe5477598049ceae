package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on with sessions in PostgreSQL (the postgres profile, as several instances run): the person the provider
 * signed in is stored in the session row and read back from it on every request, under {@code SESSION} over plain
 * HTTP and {@code __Host-SESSION} over HTTPS forwarded by a trusted proxy — where a plain {@code SESSION} cookie with
 * the same value is not read at all. Signing out deletes the row.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "scorecard.sso.client-id=scorecard",
            "scorecard.sso.client-secret=secret",
            "scorecard.sso.name=Contoso",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
        })
@ActiveProfiles("postgres")
class SingleSignOnWithStoredSessionsTests {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void databaseAndIssuer(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
        registry.add("scorecard.sso.issuer", () -> provider.issuerUrl("default").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void overPlainHttpTheSignedInPersonLivesInTheSessionRowUntilSigningOut() throws Exception {
        Browser browser = new Browser(false);
        browser.signIn("stored-1", Map.of("preferred_username", "stored-ada", "name", "Ada Stored"));

        assertThat(browser.cookies).containsKey("SESSION").doesNotContainKey("__Host-SESSION");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Ada Stored");
        assertThat(sessionsOf("stored-ada")).isEqualTo(1);

        HttpResponse<String> out = browser.post("/logout", "_csrf=" + csrfTokenOf(home.body()));

        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(sessionsOf("stored-ada")).isZero();
        assertThat(browser.get("/teams").statusCode()).isEqualTo(302);
    }

    @Test
    void overForwardedHttpsTheSessionIsAHostCookieAndThePlainNameIsNotRead() throws Exception {
        Browser browser = new Browser(true);
        List<String> setCookies = browser.signIn("stored-2", Map.of("preferred_username", "stored-grace"));

        assertThat(browser.cookies).containsKey("__Host-SESSION").doesNotContainKey("SESSION");
        assertThat(setCookies)
                .filteredOn(cookie -> cookie.startsWith("__Host-SESSION="))
                .last()
                .satisfies(cookie -> assertThat(cookie)
                        .contains("Path=/", "Secure", "HttpOnly")
                        .doesNotContain("Domain"));
        assertThat(browser.get("/").body()).contains("stored-grace");
        assertThat(sessionsOf("stored-grace")).isEqualTo(1);

        Browser plain = new Browser(true);
        plain.cookies.put("SESSION", browser.cookies.get("__Host-SESSION"));
        HttpResponse<String> refused = plain.get("/teams");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private int sessionsOf(String username) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }

    private static String csrfTokenOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /**
     * A browser behind the trusted proxy (or not) that keeps its cookies by hand: the JDK's cookie handler would not
     * send a {@code Secure} cookie back over the plain HTTP the proxy speaks to the app.
     */
    private final class Browser {

        private final boolean https;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Browser(boolean https) {
            this.https = https;
        }

        /** Signs in through the provider; returns every cookie the app set on the way. */
        List<String> signIn(String subject, Map<String, Object> claims) throws Exception {
            provider.enqueueCallback(
                    new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of("scorecard"), claims, 3600));
            HttpResponse<String> toProvider = get("/oauth2/authorization/sso");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            HttpResponse<String> back = client.send(
                    HttpRequest.newBuilder(URI.create(location(toProvider))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(302);
            URI callback = URI.create(location(back));
            assertThat(callback.getScheme()).isEqualTo(https ? "https" : "http");
            HttpResponse<String> signedIn = get(callback.getRawPath() + "?" + callback.getRawQuery());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(URI.create(location(signedIn)).getPath()).isEqualTo("/");
            return List.of(toProvider, signedIn).stream()
                    .flatMap(response -> response.headers().allValues("Set-Cookie").stream())
                    .toList();
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpRequest.Builder request(String path) {
            // 127.0.0.1, the trusted proxy's address (localhost may be ::1)
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (https) {
                request.header("X-Forwarded-Proto", "https");
            }
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.substring(0, cookie.indexOf(';'));
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }

        private String location(HttpResponse<String> response) {
            return response.headers().firstValue("Location").orElseThrow();
        }
    }
}
