package app.scorecard.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookAddressesTests {

    private final WebhookAddresses strict = addresses(false);

    @Test
    void refusesLoopbackLinkLocalPrivateSharedMulticastAndUnspecifiedAddresses() {
        for (String url : new String[] {
            "http://127.0.0.1:8080/hook",
            "http://127.8.9.10/",
            "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://[fe80::1]/",
            "https://10.1.2.3/hook",
            "https://172.16.0.1/hook",
            "https://192.168.1.20/hook",
            "https://100.64.0.1/hook",
            "https://[fd12:3456::1]/hook",
            "https://[::ffff:10.0.0.1]/hook",
            "https://[64:ff9b::7f00:1]/hook",
            "http://224.0.0.1/",
            "http://0.0.0.0/",
            "http://255.255.255.255/"
        }) {
            assertThat(strict.problem(url)).as(url).contains("webhook.problem.privateAddress");
        }
    }

    @Test
    void acceptsAPublicAddress() {
        assertThat(strict.problem("https://203.0.113.10/hooks/scorecard")).isEmpty();
        assertThat(strict.problem("http://[2001:db8::10]:8443/hook?token=abc")).isEmpty();
    }

    @Test
    void acceptsThemAllWhenPrivateAddressesAreAllowed() {
        assertThat(addresses(true).problem("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(addresses(true).problem("https://10.1.2.3/hook")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnHttpUrlWithAHostOrCarriesCredentials() {
        assertThat(strict.problem("ftp://203.0.113.10/hook")).contains("webhook.problem.scheme");
        assertThat(strict.problem("https://user:password@203.0.113.10/hook")).contains("webhook.problem.userInfo");
        assertThat(strict.problem("hooks.example.org/scorecard")).contains("webhook.problem.urlInvalid");
        assertThat(strict.problem("https:///scorecard")).contains("webhook.problem.urlInvalid");
        assertThat(strict.problem("https://203.0.113.10/a b")).contains("webhook.problem.urlInvalid");
        assertThat(strict.problem("https://203.0.113.10/hook#part")).contains("webhook.problem.urlInvalid");
        assertThat(strict.problem("mailto:someone@example.org")).contains("webhook.problem.urlInvalid");
    }

    @Test
    void checksEveryAddressAHostResolvesTo() throws Exception {
        assertThat(WebhookAddresses.isInternal(InetAddress.getByName("localhost")))
                .isTrue();
        assertThat(strict.problem("http://localhost:8080/hook")).contains("webhook.problem.privateAddress");
    }

    private static WebhookAddresses addresses(boolean allowPrivate) {
        return new WebhookAddresses(new WebhookProperties(
                allowPrivate, Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }
}
