package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Role;
import app.scorecard.support.DemoPeople;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on against an OpenID provider started in the test (mock-oauth2-server), through the real
 * authorization-code flow over HTTP, with local sign-in turned off.
 */
@Tag("smoke") // also run on Java 25 by .ci/run
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "scorecard.sso.client-id=scorecard",
            "scorecard.sso.client-secret=secret",
            "scorecard.sso.name=Contoso",
            "scorecard.sso.role-claim=groups",
            "scorecard.sso.admin-values=scorecard-admins",
            "scorecard.sso.manager-values=scorecard-managers,team-leads",
            "scorecard.local-sign-in=false"
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(DemoPeople.class)
class SingleSignOnTests {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("scorecard.sso.issuer", () -> provider.issuerUrl("default").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aFirstSignInCreatesAMemberAccountInNoTeamWithNoUsablePassword() throws Exception {
        Browser browser = new Browser();

        String landed = browser.signIn(
                "first-1",
                Map.of(
                        "email",
                        "ada@example.org",
                        "email_verified",
                        true,
                        "preferred_username",
                        "ada",
                        "name",
                        "Ada Lovelace"));

        assertThat(landed).isEqualTo("/");
        assertThat(browser.get("/").body()).contains("Ada Lovelace");
        UserAccount created = linkedTo("first-1");
        assertThat(created.getUsername()).isEqualTo("ada");
        assertThat(created.getEmail()).isEqualTo("ada@example.org");
        assertThat(created.getRoles()).containsExactly(Role.MEMBER);
        assertThat(passwordEncoder.matches("", created.getPasswordHash())).isFalse();
        assertThat(passwordEncoder.matches(ProviderSignIns.NO_LOCAL_PASSWORD, created.getPasswordHash()))
                .isFalse();
        // a member in no team: the team pages are not theirs
        assertThat(browser.get("/accounts").statusCode()).isEqualTo(403);
    }

    @Test
    void aSecondSignInOfTheSamePersonUsesTheSameAccount() throws Exception {
        new Browser().signIn("again-1", Map.of("preferred_username", "grace", "name", "Grace Hopper"));
        long first = linkedTo("again-1").getId();
        long count = accounts.count();

        Browser later = new Browser();
        assertThat(later.signIn("again-1", Map.of("preferred_username", "someone-else", "name", "Renamed")))
                .isEqualTo("/");

        assertThat(linkedTo("again-1").getId()).isEqualTo(first);
        assertThat(accounts.count()).isEqualTo(count);
        assertThat(later.get("/").body()).contains("Grace Hopper");
    }

    @Test
    void aVerifiedEmailLinksTheLocalAccountWhichKeepsItsRoles() throws Exception {
        setEmail("manager", "Maya.Manager@Example.org");

        Browser browser = new Browser();
        assertThat(browser.signIn("link-1", Map.of("email", "maya.manager@example.org", "email_verified", true)))
                .isEqualTo("/");

        UserAccount linked = linkedTo("link-1");
        assertThat(linked.getUsername()).isEqualTo("manager");
        assertThat(linked.getRoles()).containsExactly(Role.MANAGER);
        assertThat(browser.get("/").body()).contains(linked.getDisplayName());
    }

    @Test
    void anUnverifiedEmailLinksNothingAndMakesAnAccountOfItsOwn() throws Exception {
        setEmail("member", "member@example.org");

        new Browser()
                .signIn(
                        "unverified-1",
                        Map.of("email", "member@example.org", "email_verified", false, "preferred_username", "member"));

        UserAccount created = linkedTo("unverified-1");
        assertThat(created.getUsername()).isNotEqualTo("member").startsWith("member-");
        assertThat(created.getEmail()).isNull();
        assertThat(created.getRoles()).containsExactly(Role.MEMBER);
        assertThat(accounts.findByUsername("member").orElseThrow().isLinked()).isFalse();
    }

    @Test
    void aValueOfTheRoleClaimMakesAManagerOrAnAdmin() throws Exception {
        new Browser().signIn("role-1", Map.of("preferred_username", "lead", "groups", List.of("staff", "team-leads")));
        Browser admin = new Browser();
        admin.signIn("role-2", Map.of("preferred_username", "boss", "groups", List.of("scorecard-admins")));

        assertThat(linkedTo("role-1").getRoles()).containsExactly(Role.MANAGER);
        assertThat(linkedTo("role-2").getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.get("/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void theAccountsListSaysWhoSignsInHowAndWithWhichEmail() throws Exception {
        new Browser()
                .signIn(
                        "listed-1",
                        Map.of(
                                "preferred_username",
                                "listed-sso",
                                "email",
                                "listed@example.org",
                                "email_verified",
                                true));
        transaction.executeWithoutResult(status -> accounts.save(new UserAccount(
                "listed-local",
                "Listed Local",
                passwordEncoder.encode("a long local password"),
                Set.of(Role.MEMBER),
                Instant.now())));
        setEmail("listed-local", "local@example.org");
        new Browser().signIn("listed-2", Map.of("email", "local@example.org", "email_verified", true));
        Browser admin = new Browser();
        admin.signIn("listed-admin", Map.of("preferred_username", "listing-admin", "groups", "scorecard-admins"));

        String page = admin.get("/accounts").body();

        assertThat(page).contains("<th scope=\"col\">Email</th>", "<th scope=\"col\">Signs in with</th>");
        assertThat(row(page, "listed-sso")).contains("<td>listed@example.org</td>", "<td>single sign-on</td>");
        assertThat(row(page, "listed-local"))
                .contains("<td>local@example.org</td>", "<td>password or single sign-on</td>");
        assertThat(row(page, "member")).contains("<td>password</td>");
    }

    private static String row(String page, String username) {
        int at = page.indexOf("<td>" + username + "</td>");
        assertThat(at).as(username + "'s row").isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void theRoleFollowsTheClaimAtEachSignInAndTheOlderSessionsEnd() throws Exception {
        Browser before = new Browser();
        before.signIn("follow-1", Map.of("preferred_username", "lead-then-staff", "groups", List.of("team-leads")));
        assertThat(linkedTo("follow-1").getRoles()).containsExactly(Role.MANAGER);
        assertThat(before.get("/teams").statusCode()).isEqualTo(200);

        Browser after = new Browser();
        after.signIn("follow-1", Map.of("preferred_username", "lead-then-staff", "groups", List.of("staff")));

        assertThat(linkedTo("follow-1").getRoles()).containsExactly(Role.MEMBER);
        assertThat(before.get("/teams").statusCode())
                .as("the session that still carried the manager's role")
                .isEqualTo(302);
        assertThat(after.get("/").statusCode()).isEqualTo(200);
        assertThat(after.get("/").body()).contains("lead-then-staff");
    }

    @Test
    void aTokenWithoutTheClaimLeavesTheRoleAsItIs() throws Exception {
        new Browser().signIn("no-claim-1", Map.of("preferred_username", "quiet-admin", "groups", "scorecard-admins"));
        Browser later = new Browser();

        later.signIn("no-claim-1", Map.of("preferred_username", "quiet-admin"));

        assertThat(linkedTo("no-claim-1").getRoles()).containsExactly(Role.ADMIN);
        assertThat(later.get("/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminStaysAnAdminWhateverTheClaimSays() throws Exception {
        new Browser().signIn("last-admin-1", Map.of("preferred_username", "last-admin", "groups", "scorecard-admins"));
        long last = linkedTo("last-admin-1").getId();
        List<Long> others = transaction.execute(status -> {
            List<UserAccount> admins = accounts.findAll().stream()
                    .filter(account -> account.isEnabled() && account.hasRole(Role.ADMIN))
                    .filter(account -> !account.getId().equals(last))
                    .toList();
            admins.forEach(UserAccount::deactivate);
            return admins.stream().map(UserAccount::getId).toList();
        });
        try {
            Browser browser = new Browser();
            browser.signIn("last-admin-1", Map.of("preferred_username", "last-admin", "groups", List.of("staff")));

            assertThat(linkedTo("last-admin-1").getRoles()).containsExactly(Role.ADMIN);
            assertThat(browser.get("/accounts").statusCode()).isEqualTo(200);
        } finally {
            transaction.executeWithoutResult(
                    status -> accounts.findAllById(others).forEach(UserAccount::reactivate));
        }
    }

    @Test
    void aDeactivatedAccountIsRefusedLikeAPasswordSignIn() throws Exception {
        setEmail("manager2", "manager2@example.org");
        transaction.executeWithoutResult(
                status -> accounts.findByUsername("manager2").orElseThrow().deactivate());

        Browser browser = new Browser();
        String landed =
                browser.signIn("deactivated-1", Map.of("email", "manager2@example.org", "email_verified", true));

        assertThat(landed).isEqualTo("/login?error=provider");
        assertThat(browser.get(landed).body()).contains("That sign-in was not accepted here");
        assertThat(browser.get("/teams").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInGivesTheBrowserANewSession() throws Exception {
        Browser browser = new Browser();
        browser.get("/oauth2/authorization/sso");
        String before = browser.sessionId();
        assertThat(before)
                .as("the session that holds the authorization request")
                .isNotNull();

        browser.signIn("fixation-1", Map.of("preferred_username", "fixed"));

        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anAdminDeactivatingTheAccountEndsItsSingleSignOnSessions() throws Exception {
        Browser browser = new Browser();
        browser.signIn("ended-1", Map.of("preferred_username", "ended"));
        assertThat(browser.get("/teams").statusCode()).isEqualTo(200);

        administration.deactivate(
                accounts.findByUsername("admin").orElseThrow().getId(),
                linkedTo("ended-1").getId());

        assertThat(browser.get("/teams").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Browser browser = new Browser();
        browser.signIn("out-1", Map.of("preferred_username", "leaving"));
        String page = browser.get("/").body();
        assertThat(page).contains("leaving");

        HttpResponse<String> out = browser.post("/logout", "_csrf=" + csrfTokenOf(page));

        assertThat(out.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        HttpResponse<String> after = browser.get("/teams");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void withLocalSignInOffThePageOffersOnlyTheProviderAndThePasswordFormIsRefused() throws Exception {
        String signInPage = new Browser().get("/login").body();

        assertThat(signInPage).contains("Sign in with Contoso").contains("/oauth2/authorization/sso");
        assertThat(signInPage).doesNotContain("name=\"password\"");
        // with a valid CSRF token, so that only the missing form sign-in can refuse it
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "admin")
                        .with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(unauthenticated());
    }

    private UserAccount linkedTo(String subject) {
        return accounts.findBySsoIssuerAndSsoSubject(
                        provider.issuerUrl("default").toString(), subject)
                .orElseThrow();
    }

    /** As an admin gives it on the account's edit page. */
    private void setEmail(String username, String email) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        administration.update(
                accounts.findByUsername("admin").orElseThrow().getId(),
                account.getId(),
                account.getLockVersion(),
                account.getDisplayName(),
                email,
                account.getRoles());
    }

    private static String csrfTokenOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** A browser that follows redirects itself, so the test sees each step, and keeps cookies. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        /** Signs in through the provider as this person; returns where the app sends the browser after the callback. */
        String signIn(String subject, Map<String, Object> claims) throws Exception {
            provider.enqueueCallback(
                    new DefaultOAuth2TokenCallback("default", subject, "JWT", List.of("scorecard"), claims, 3600));
            HttpResponse<String> toProvider = get("/oauth2/authorization/sso");
            assertThat(toProvider.statusCode()).isEqualTo(302);
            HttpResponse<String> back = send(location(toProvider));
            assertThat(back.statusCode()).isEqualTo(302);
            HttpResponse<String> callback = send(location(back));
            assertThat(callback.statusCode()).isEqualTo(302);
            return URI.create(location(callback)).getPath()
                    + (URI.create(location(callback)).getQuery() == null
                            ? ""
                            : "?" + URI.create(location(callback)).getQuery());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(cookie -> cookie.getValue())
                    .findFirst()
                    .orElse(null);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("http://localhost:" + port + path);
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> send(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String location(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElseThrow();
            return location.startsWith("/") ? "http://localhost:" + port + location : location;
        }
    }
}
