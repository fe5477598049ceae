package app.scorecard.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.Invitations;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HttpSignIn;
import app.scorecard.support.ScorecardIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sessions only once someone signs in, on a real server: no anonymous page makes one (no session cookie, so with the
 * postgres profile no row), the page asked for before signing in is where signing in lands, and a signed-in form's CSRF
 * token belongs to its session — one from another session is refused.
 */
@ScorecardIntegrationTest
class SessionWhenNeededTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    Invitations invitations;

    String link;

    /**
     * A link, made through MockMvc — whose {@code csrf()} swaps the application's CSRF token repository for one of its
     * own, in the filter the real server shares — then the application's own repository back.
     */
    @BeforeEach
    void aLinkAndTheApplicationsOwnCsrfTokens() throws Exception {
        link = aLink();
        mvc.perform(MockMvcRequestBuilders.get("/").with(request -> {
            WebTestUtils.setCsrfTokenRepository(request, new PageCsrfTokenRepository());
            return request;
        }));
    }

    @Test
    void anonymousVisitsMakeNoSession() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String path : List.of("/", "/login", "/css/app.css", "/i/" + link, "/i/no-such-link")) {
            HttpResponse<String> page = browser.send(get(path), HttpResponse.BodyHandlers.ofString());

            assertThat(page.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION"));
        }
    }

    @Test
    void signingInLandsOnThePageFirstAskedFor() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> asked = browser.send(get("/teams"), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"))
                .anyMatch(cookie -> cookie.startsWith("REDIRECT_URI="));

        HttpResponse<String> login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(
                form("/login", "username=member&password=member&_csrf=" + tokenIn(login.body())),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/teams"));
    }

    @Test
    void aSignedInFormWithTheTokenOfAnotherSessionIsRefused() throws Exception {
        HttpClient mine = HttpSignIn.as(base(), "member");
        HttpClient theirs = HttpSignIn.as(base(), "manager");
        String theirToken = tokenIn(
                theirs.send(get("/teams"), HttpResponse.BodyHandlers.ofString()).body());
        String myToken = tokenIn(
                mine.send(get("/teams"), HttpResponse.BodyHandlers.ofString()).body());

        assertThat(mine.send(form("/logout", "_csrf=" + theirToken), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(mine.send(form("/logout", "_csrf=" + myToken), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aLinksFormWithoutItsCookieOrSentFromAnotherSiteIsRefused() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = tokenIn(browser.send(get("/i/" + link), HttpResponse.BodyHandlers.ofString())
                .body());
        String save = "action=save&lockVersion=0&_csrf=" + token;

        HttpClient stranger = HttpClient.newHttpClient();
        assertThat(stranger.send(form("/i/" + link, save), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        HttpRequest fromAnotherSite = HttpRequest.newBuilder(URI.create(base() + "/i/" + link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.ofString(save))
                .build();
        assertThat(browser.send(fromAnotherSite, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> saved = browser.send(form("/i/" + link, save), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    private String aLink() throws Exception {
        String location = mvc.perform(
                        post("/teams/{id}/rounds", people.customerCare().id())
                                .param("questionSet", "serve")
                                .param("label", "Sessions " + UUID.randomUUID())
                                .param("mode", "TEAM")
                                .with(people.as("manager"))
                                .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long round = Long.parseLong(location.substring("/rounds/".length()));
        mvc.perform(post("/rounds/{id}/invitations", round)
                .param("names", "Ana")
                .with(people.as("manager"))
                .with(csrf()));
        return invitations
                .of(round, new Viewer(people.id("manager"), false))
                .get(0)
                .token();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).build();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String tokenIn(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
