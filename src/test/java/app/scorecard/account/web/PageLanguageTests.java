package app.scorecard.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which language a page speaks: the browser's first one the pages know (else English), until the person chooses one —
 * kept with their account for every later sign-in, or, without signing in, in a cookie and never a session. What
 * people answer scores the same in every language.
 */
@ScorecardIntegrationTest
class PageLanguageTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    @Autowired
    QuestionBank questionBank;

    @Test
    void theBrowsersFirstLanguageThePagesKnowIsTheirs() throws Exception {
        assertThat(langOf(mvc.perform(get("/login").header("Accept-Language", "fr-CH, de;q=0.8"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .isEqualTo("fr");
        assertThat(langOf(mvc.perform(get("/login").header("Accept-Language", "es, de-AT;q=0.5, en;q=0.3"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .isEqualTo("de");
        assertThat(langOf(mvc.perform(get("/login").header("Accept-Language", "es, it;q=0.5"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .isEqualTo("en");
        assertThat(langOf(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()))
                .isEqualTo("en");
    }

    @Test
    void aLanguageChosenWithoutSigningInIsKeptInACookieAndMakesNoSession() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> login = browser.send(page("/login", "en"), HttpResponse.BodyHandlers.ofString());
        assertThat(langOf(login.body())).isEqualTo("en");

        HttpResponse<String> chosen = browser.send(
                form("/language", "language=de&back=%2Flogin&_csrf=" + tokenIn(login.body()), "en"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(chosen.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith(PageLanguage.COOKIE + "=de;"))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION"));
        HttpResponse<String> again = browser.send(page("/login", "en"), HttpResponse.BodyHandlers.ofString());
        assertThat(langOf(again.body())).isEqualTo("de");
        assertThat(again.body()).contains("Anmelden");
    }

    @Test
    void aChoiceSentFromAnotherSiteOrWithoutItsTokenIsRefused() throws Exception {
        HttpClient stranger =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> refused = stranger.send(
                form("/language", "language=fr&back=%2Flogin", "en"), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith(PageLanguage.COOKIE + "=fr"));
    }

    @Test
    void aSignedInPersonsChoiceWinsOverTheBrowsersAndLastsAcrossSignIns() throws Exception {
        String username = "linguist" + NEXT.incrementAndGet()
                + UUID.randomUUID().toString().substring(0, 8);
        accounts.createDemoAccount(username, "Lin Guist", username, Set.of(Role.MEMBER));
        HttpClient first = signedIn(username, "de");
        HttpResponse<String> home = first.send(page("/", "de"), HttpResponse.BodyHandlers.ofString());
        assertThat(langOf(home.body())).isEqualTo("de");

        HttpResponse<String> chosen = first.send(
                form("/language", "language=fr&back=%2Fteams&_csrf=" + tokenIn(home.body()), "de"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/teams"));
        assertThat(langOf(first.send(page("/teams", "de"), HttpResponse.BodyHandlers.ofString())
                        .body()))
                .isEqualTo("fr");

        HttpClient later = signedIn(username, "de");
        HttpResponse<String> nextTime = later.send(page("/", "de"), HttpResponse.BodyHandlers.ofString());
        assertThat(langOf(nextTime.body())).isEqualTo("fr");
        assertThat(nextTime.body()).contains("Se déconnecter");
    }

    @Test
    void theSameAnswersScoreTheSameInGermanAndInEnglish() throws Exception {
        String german = scorecardOf(answeredIn("de"));
        String english = scorecardOf(answeredIn("en"));

        Object inGerman = JsonPath.read(german, "$.scorecard");
        Object inEnglish = JsonPath.read(english, "$.scorecard");
        assertThat(inGerman).isEqualTo(inEnglish);
        assertThat(JsonPath.<Object>read(german, "$.scorecard.overall")).isNotNull();
    }

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A self-assessment submitted from a browser asking for this language, answers 1 to 5 in turn: its scorecard. */
    private String answeredIn(String language) throws Exception {
        long response = rounds.start(
                        people.id("manager"),
                        people.customerCare().id(),
                        "outstanding-service-foundations",
                        "Language " + language + " " + UUID.randomUUID(),
                        RoundMode.SELF,
                        null,
                        true)
                .responseId();
        MockHttpServletRequestBuilder submit = post("/responses/{id}", response)
                .header("Accept-Language", language)
                .param("action", "submit")
                .param("lockVersion", "0")
                .param("submissionId", UUID.randomUUID().toString())
                .with(csrf());
        AtomicInteger answer = new AtomicInteger();
        questionBank
                .latestPublished("outstanding-service-foundations")
                .questions()
                .forEach(question -> {
                    int today = answer.getAndIncrement() % 5 + 1;
                    submit.param("choices[" + question.key() + "]", Integer.toString(today))
                            .param("targets[" + question.key() + "]", Integer.toString(Math.min(5, today + 1)));
                });
        return mvc.perform(submit.with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String scorecardOf(String scorecard) throws Exception {
        assertThat(scorecard).startsWith("/rounds/");
        return mvc.perform(get("/api/v1" + scorecard + "/scorecard").with(people.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private HttpClient signedIn(String username, String language) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = client.send(page("/login", language), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> signedIn = client.send(
                form("/login", "username=" + username + "&password=" + username + "&_csrf=" + tokenIn(login), language),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return client;
    }

    private HttpRequest page(String path, String language) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept-Language", language)
                .build();
    }

    private HttpRequest form(String path, String body, String language) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String langOf(String html) {
        Matcher lang = Pattern.compile("<html lang=\"([a-z]+)\"").matcher(html);
        assertThat(lang.find()).as("an html element with a language").isTrue();
        return lang.group(1);
    }

    private static String tokenIn(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
