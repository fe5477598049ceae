package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.persistence.PersistenceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Personal API tokens on the real migrations, with a clock the tests move. */
@PersistenceTest
@Import(ApiTokensTests.FixedClock.class)
class ApiTokensTests {

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInThrottleTests.MutableClock clock;

    @Test
    void showsTheSecretOnceAndStoresOnlyItsSha256() {
        long maya = account(Role.MANAGER);

        CreatedApiToken created = tokens.create(maya, "  Nightly export ", null);

        assertThat(created.secret()).startsWith("sct_").hasSize(47);
        assertThat(created.token().name()).isEqualTo("Nightly export");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 12));
        Map<String, Object> row = jdbc.queryForMap(
                "select * from api_token where id = ?", created.token().id());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokenSecrets.hash(created.secret()));
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(created.secret()));
        assertThat(tokens.of(maya)).extracting(ApiTokenView::name).containsExactly("Nightly export");
    }

    @Test
    void aTokenSignsInAsItsOwnerWithTheRolesTheAccountHasNow() {
        long maya = account(Role.MANAGER);
        String secret = tokens.create(maya, "script", null).secret();

        SignedInUser user = tokens.authenticate(secret).orElseThrow();

        assertThat(user.getAccountId()).isEqualTo(maya);
        assertThat(user.hasRole(Role.MANAGER)).isTrue();
        accountRepository.findById(maya).orElseThrow().assignRoles(Set.of(Role.MEMBER));
        assertThat(tokens.authenticate(secret).orElseThrow().hasRole(Role.MANAGER))
                .isFalse();
    }

    @Test
    void aTokenStopsWorkingTheMomentItExpires() {
        long maya = account(Role.MEMBER);
        CreatedApiToken created = tokens.create(maya, "a day", 1);
        assertThat(created.token().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(tokens.authenticate(created.secret())).isPresent();
        assertThat(tokens.of(maya)).extracting(ApiTokenView::expired).containsExactly(false);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.of(maya)).extracting(ApiTokenView::expired).containsExactly(true);
    }

    @Test
    void aRevokedTokenNeverWorksAgainAndLeavesTheList() {
        long maya = account(Role.MEMBER);
        CreatedApiToken created = tokens.create(maya, "old", null);
        Instant revokedAt = clock.instant();

        tokens.revoke(created.token().id(), new Viewer(maya, false));
        clock.advance(Duration.ofMinutes(5));
        tokens.revoke(created.token().id(), new Viewer(maya, false));

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.of(maya)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select revoked_at from api_token where id = ?",
                        Timestamp.class,
                        created.token().id()))
                .isEqualTo(Timestamp.from(revokedAt));
    }

    @Test
    void notesTheLastUseAtMostOnceAMinute() {
        long maya = account(Role.MEMBER);
        CreatedApiToken created = tokens.create(maya, "busy", null);
        Instant first = clock.instant();

        tokens.authenticate(created.secret());
        clock.advance(Duration.ofSeconds(59));
        tokens.authenticate(created.secret());
        assertThat(lastUsed(created)).isEqualTo(Timestamp.from(first));

        clock.advance(Duration.ofSeconds(2));
        tokens.authenticate(created.secret());
        assertThat(lastUsed(created)).isEqualTo(Timestamp.from(first.plusSeconds(61)));
    }

    @Test
    void aDeactivatedAccountsTokensAreRefusedUntilItIsReactivated() {
        long maya = account(Role.MEMBER);
        String secret = tokens.create(maya, "script", null).secret();

        accountRepository.findById(maya).orElseThrow().deactivate();
        assertThat(tokens.authenticate(secret)).isEmpty();

        accountRepository.findById(maya).orElseThrow().reactivate();
        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void someoneElsesTokenIsNotFoundForAnyoneButAnAdmin() {
        long maya = account(Role.MANAGER);
        long other = account(Role.MANAGER);
        long admin = account(Role.ADMIN);
        CreatedApiToken mine = tokens.create(maya, "mine", null);

        assertThatExceptionOfType(ApiTokenNotFoundException.class)
                .isThrownBy(() -> tokens.find(mine.token().id(), new Viewer(other, false)));
        assertThatExceptionOfType(ApiTokenNotFoundException.class)
                .isThrownBy(() -> tokens.revoke(mine.token().id(), new Viewer(other, false)));
        assertThat(tokens.authenticate(mine.secret())).isPresent();
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> tokens.all(new Viewer(other, false)));

        assertThat(tokens.all(new Viewer(admin, true)))
                .extracting(ApiTokenView::id)
                .contains(mine.token().id());
        tokens.revoke(mine.token().id(), new Viewer(admin, true));
        assertThat(tokens.authenticate(mine.secret())).isEmpty();
    }

    @Test
    void refusesWhatIsNoSecretOfOursAndSecretsItNeverMade() {
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate(new ApiTokenSecrets().next())).isEmpty();
    }

    private Timestamp lastUsed(CreatedApiToken created) {
        return jdbc.queryForObject(
                "select last_used_at from api_token where id = ?",
                Timestamp.class,
                created.token().id());
    }

    @Test
    void aPersonHasAtMost25UsableTokensAndARevokedOrExpiredOneFreesAPlace() {
        long maya = account(Role.MEMBER);
        CreatedApiToken first = tokens.create(maya, "token 1", null);
        CreatedApiToken shortLived = tokens.create(maya, "token 2", 1);
        for (int n = 3; n <= ApiTokens.MAX_USABLE; n++) {
            tokens.create(maya, "token " + n, null);
        }

        assertThatExceptionOfType(TooManyApiTokensException.class)
                .isThrownBy(() -> tokens.create(maya, "one too many", null));
        assertThat(jdbc.queryForObject("select count(*) from api_token where account_id = ?", Long.class, maya))
                .isEqualTo(25);

        tokens.revoke(first.token().id(), new Viewer(maya, false));
        tokens.create(maya, "in place of the revoked one", null);
        assertThatExceptionOfType(TooManyApiTokensException.class)
                .isThrownBy(() -> tokens.create(maya, "one too many", null));

        clock.advance(Duration.ofDays(1));
        assertThat(tokens.authenticate(shortLived.secret())).isEmpty();
        tokens.create(maya, "in place of the expired one", null);
        assertThat(tokens.of(maya)).hasSize(26); // 25 usable and the expired one, listed as expired
    }

    private long account(Role role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, username, "a fine long password", Set.of(role))
                .id();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        SignInThrottleTests.MutableClock mutableClock() {
            return new SignInThrottleTests.MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
        }
    }
}
