package app.scorecard.webhook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.webhook.internal.SecretChoice;
import app.scorecard.webhook.internal.WebhookSettings;
import app.scorecard.webhook.internal.WebhookView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The webhook's settings page as the application ships: addresses inside the app's own network are refused (the
 * property that allows them is off), a webhook that is on needs a URL and a secret, a test event needs it on, and the
 * page is for admins alone.
 */
@ScorecardIntegrationTest
class WebhookSettingsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    WebhookSettings settings;

    @AfterEach
    void off() {
        settings.save("", SecretChoice.KEEP, "", false, settings.current().version(), "admin");
    }

    @Test
    void aUrlWhoseHostIsInsideTheAppsOwnNetworkIsRefusedAndNothingIsSaved() throws Exception {
        WebhookView before = settings.current();
        for (String url : new String[] {
            "http://127.0.0.1:8080/hook",
            "http://localhost/hook",
            "http://169.254.169.254/latest/meta-data",
            "https://10.0.0.5/hook",
            "http://[::1]/hook"
        }) {
            MockHttpServletResponse refused = save(url, "GENERATE", "", true);

            assertThat(refused.getStatus()).as(url).isEqualTo(422);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                    .as(url)
                    .contains("The settings were not saved.")
                    .contains("inside the app&#39;s own network")
                    .doesNotContain("whsec_");
        }
        assertThat(settings.current()).isEqualTo(before);
    }

    @Test
    void aWebhookThatIsOnNeedsAUrlAndASecretOfItsOwn() throws Exception {
        MockHttpServletResponse noUrl = save("", "KEEP", "", true);
        assertThat(noUrl.getStatus()).isEqualTo(422);
        assertThat(noUrl.getContentAsString(StandardCharsets.UTF_8))
                .contains("Enter the URL events go to, or leave the webhook off.")
                .contains("A webhook that is on needs a secret: generate one or enter one.");

        MockHttpServletResponse shortSecret = save("https://203.0.113.10/hook", "ENTER", "too short", true);
        assertThat(shortSecret.getStatus()).isEqualTo(422);
        assertThat(shortSecret.getContentAsString(StandardCharsets.UTF_8))
                .contains("Enter a secret of at least 16 characters, without spaces.")
                .doesNotContain("too short");

        // off, with an address outside: saved, and a test event asks for it to be on
        assertThat(save("https://203.0.113.10/hook", "ENTER", "a-long-enough-secret", false)
                        .getStatus())
                .isEqualTo(302);
        MvcResult test = mvc.perform(
                        post("/admin/webhook/test").with(people.as("admin")).with(csrf()))
                .andReturn();
        assertThat(test.getResponse().getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/admin/webhook").with(people.as("admin")).flashAttrs(test.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Turn the webhook on first")
                .contains("The webhook is off")
                .contains("The current secret ends in …cret.")
                .doesNotContain("a-long-enough-secret");
    }

    @Test
    void onlyAdminsSeeOrChangeIt() throws Exception {
        for (String who : new String[] {"member", "manager"}) {
            assertThat(mvc.perform(get("/admin/webhook").with(people.as(who)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/admin/webhook/test")
                                    .with(people.as(who))
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/admin/webhook").with(people.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Round-closed notifications")
                .contains("SCORECARD_BASE_URL is not set");
    }

    private MockHttpServletResponse save(String url, String choice, String secret, boolean enabled) throws Exception {
        return mvc.perform(post("/admin/webhook")
                        .param("url", url)
                        .param("secretChoice", choice)
                        .param("secret", secret)
                        .param("enabled", Boolean.toString(enabled))
                        .param("version", Long.toString(settings.current().version()))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }
}
