package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The address the provider sends people back to: from the configured base URL, never from a request's host. */
class SingleSignOnRedirectTests {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    @BeforeAll
    static void startProvider() {
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void withABaseUrlTheProviderReturnsPeopleToIt() {
        assertThat(redirectUri("https://scorecard.example.org/"))
                .isEqualTo("https://scorecard.example.org/login/oauth2/code/{registrationId}");
    }

    @Test
    void withoutOneTheAddressIsTheRequestsAsSpringSecurityBuildsIt() {
        assertThat(redirectUri("")).isEqualTo("{baseUrl}/{action}/oauth2/code/{registrationId}");
    }

    private static String redirectUri(String baseUrl) {
        SingleSignOnProperties properties = new SingleSignOnProperties(
                provider.issuerUrl("default").toString(), "scorecard", "secret", "Contoso", null, Set.of(), Set.of());
        return new SingleSignOnConfiguration()
                .clientRegistrations(properties, baseUrl)
                .findByRegistrationId(SingleSignOnConfiguration.REGISTRATION_ID)
                .getRedirectUri();
    }
}
