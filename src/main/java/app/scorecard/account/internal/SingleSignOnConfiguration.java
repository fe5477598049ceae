package app.scorecard.account.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on, only when {@code scorecard.sso.issuer} is set: the provider (read from its discovery document at
 * start-up) as the one client registration, {@value #REGISTRATION_ID}, and the accounts its people sign in as. The
 * pages' security signs in through it whenever a {@link ClientRegistrationRepository} exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${scorecard.sso.issuer:}'.isBlank()")
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    /** The sign-in button opens {@code /oauth2/authorization/sso}; the provider returns to {@code /login/oauth2/code/sso}. */
    static final String REGISTRATION_ID = "sso";

    /**
     * With {@code scorecard.base-url} set, the address the provider returns to is built from it — the one registered
     * at the provider — not from the request's host.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(
            SingleSignOnProperties sso, @Value("${scorecard.base-url:}") String baseUrl) {
        ClientRegistration.Builder registration = ClientRegistrations.fromIssuerLocation(sso.issuer())
                .registrationId(REGISTRATION_ID)
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .scope("openid", "profile", "email")
                .clientName(sso.name());
        String base = baseUrl.strip().replaceAll("/+$", "");
        if (!base.isEmpty()) {
            registration.redirectUri(base + "/login/oauth2/code/{registrationId}");
        }
        return new InMemoryClientRegistrationRepository(registration.build());
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> accountOidcUserService(
            UserAccountRepository accounts,
            SingleSignOnProperties sso,
            SignedInSessions sessions,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new AccountOidcUserService(
                new ProviderSignIns(accounts, sso, clock), sessions, new TransactionTemplate(transactions));
    }
}
