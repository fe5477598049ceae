package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.HttpSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * With sessions in the database (Spring Session JDBC, as the {@code postgres} profile keeps them for several
 * instances), deactivating an account or resetting its password deletes its stored sessions: a browser signed in
 * through any instance is sent to sign in at its next request. Here on H2, with the same tables.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("demo")
class StoredSessionsEndTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deactivatingAnAccountDeletesItsStoredSessions() throws Exception {
        Account account = signedInTwice("deact");
        HttpClient browser = HttpSignIn.as(base(), account.username());
        assertThat(status(browser, "/teams")).isEqualTo(200);
        assertThat(storedSessionsOf(account)).isEqualTo(3);

        administration.deactivate(adminId(), account.id());

        assertThat(storedSessionsOf(account)).isZero();
        assertThat(status(browser, "/teams")).isEqualTo(302);
    }

    @Test
    void resettingAPasswordDeletesTheStoredSessionsOfThatAccountOnly() throws Exception {
        Account account = signedInTwice("reset");
        Account bystander = signedInTwice("other");
        HttpClient browser = HttpSignIn.as(base(), account.username());

        administration.resetPassword(adminId(), account.id());

        assertThat(storedSessionsOf(account)).isZero();
        assertThat(storedSessionsOf(bystander)).isEqualTo(2);
        assertThat(status(browser, "/teams")).isEqualTo(302);
    }

    private Account signedInTwice(String kind) throws Exception {
        String username = "stored-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.createDemoAccount(username, "Stored " + kind, username, Set.of(Role.MEMBER));
        HttpSignIn.as(base(), username);
        HttpSignIn.as(base(), username);
        return account;
    }

    private int storedSessionsOf(Account account) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, account.username());
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(
                        HttpRequest.newBuilder(URI.create(base() + path)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private long adminId() {
        return accounts.findByUsername("admin").orElseThrow().id();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
