package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first sign-ins of one person at once: both miss the account, both make one, and the database's unique identity
 * refuses the second. That sign-in is tried once more (finding the first one's account) rather than shown an error;
 * a second refusal is not hidden.
 */
class AccountOidcUserServiceTests {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private final UserAccount winners = account(7L, "ada");

    @Test
    void aFirstSignInThatLostTheRaceIsTriedAgainAndFindsTheAccount() {
        AtomicInteger tries = new AtomicInteger();
        AccountOidcUserService service = service(person -> {
            if (tries.incrementAndGet() == 1) {
                throw new DataIntegrityViolationException("duplicate key value violates uk_user_account_sso");
            }
            return new ProviderSignIns.ProviderSignIn(winners, false);
        });

        OidcUser signedIn = service.loadUser(request("subject-1"));

        assertThat(tries).hasValue(2);
        assertThat(signedIn.getName()).isEqualTo("ada");
        assertThat(((OidcSignedInUser) signedIn).getAccountId()).isEqualTo(7L);
        assertThat(signedIn.getSubject()).isEqualTo("subject-1");
    }

    @Test
    void aClashTheSecondTimeIsNotHidden() {
        AccountOidcUserService service = service(person -> {
            throw new DataIntegrityViolationException("still clashing");
        });

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> service.loadUser(request("subject-2")));
    }

    private static AccountOidcUserService service(SignIns answer) {
        ProviderSignIns signIns = new ProviderSignIns(null, null, Clock.fixed(NOW, ZoneOffset.UTC)) {
            @Override
            ProviderSignIn accountOf(OidcUser person) {
                return answer.of(person);
            }
        };
        SignedInSessions sessions = new SignedInSessions(noStoredSessions(), Clock.fixed(NOW, ZoneOffset.UTC));
        return new AccountOidcUserService(signIns, sessions, new InlineTransaction());
    }

    /** Sessions in memory, as without the postgres profile. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> noStoredSessions() {
        return (ObjectProvider) new StaticListableBeanFactory().getBeanProvider(FindByIndexNameSessionRepository.class);
    }

    private static OidcUserRequest request(String subject) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("sso")
                .clientId("scorecard")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://id.example.org/authorize")
                .tokenUri("https://id.example.org/token")
                .scope("openid")
                .build();
        OidcIdToken idToken = new OidcIdToken(
                "id-token",
                NOW,
                NOW.plusSeconds(300),
                Map.of("iss", "https://id.example.org", "sub", subject, "aud", "scorecard"));
        OAuth2AccessToken accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "access-token", NOW, NOW.plusSeconds(300), Set.of("openid"));
        return new OidcUserRequest(registration, accessToken, idToken);
    }

    private static UserAccount account(long id, String username) {
        UserAccount account =
                new UserAccount(username, "Ada Lovelace", ProviderSignIns.NO_LOCAL_PASSWORD, Set.of(Role.MEMBER), NOW);
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }

    @FunctionalInterface
    private interface SignIns {
        ProviderSignIns.ProviderSignIn of(OidcUser person);
    }

    /** Runs the callback as it is: what matters here is what happens around the transaction. */
    private static final class InlineTransaction extends TransactionTemplate {

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction((TransactionStatus) null);
        }
    }
}
