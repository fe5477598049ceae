package app.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo accounts exist before the web server takes its first request — not some seconds after the pages answer —
 * and so before the readiness probe says UP.
 */
@ScorecardIntegrationTest
@Import(DemoDataBeforeTrafficTests.ServerStart.class)
class DemoDataBeforeTrafficTests {

    private static final List<String> DEMO_ACCOUNTS = List.of("admin", "manager", "manager2", "member");

    @Autowired
    ServerStart serverStart;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoAccountsExistWhenTheWebServerStartsListening() {
        assertThat(serverStart.accountsThen).containsExactlyElementsOf(DEMO_ACCOUNTS);
    }

    @Test
    void theReadinessProbeSaysUpWithTheDemoAccountsThere() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        assertThat(serverStart.accountsThen).containsExactlyElementsOf(DEMO_ACCOUNTS);
    }

    /** Looks for the demo accounts at the moment the web server has started listening. */
    static class ServerStart implements ApplicationListener<ServletWebServerInitializedEvent> {

        private final AccountService accounts;
        private volatile List<String> accountsThen = List.of();

        ServerStart(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public void onApplicationEvent(ServletWebServerInitializedEvent event) {
            accountsThen = DEMO_ACCOUNTS.stream()
                    .filter(username -> accounts.findByUsername(username).isPresent())
                    .toList();
        }
    }
}
