package app.scorecard.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-ins, failures and refusals reach the log with who and what, never a password; every request has an id. */
@ScorecardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityAuditLogTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Test
    void aFailedSignInIsLoggedWithTheUsernameButNotThePassword(CapturedOutput output) throws Exception {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", "secret-typed-by-mistake")
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(output.getOut())
                .contains("Sign-in failed for '" + username + "' from 127.0.0.1: BadCredentialsException");
        assertThat(output.getOut()).doesNotContain("secret-typed-by-mistake");
    }

    @Test
    void aSuccessfulSignInAndARefusedPageAreLogged(CapturedOutput output) throws Exception {
        mvc.perform(post("/login")
                        .param("username", "member")
                        .param("password", "member")
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/accounts").with(people.as("member"))).andExpect(status().isForbidden());

        assertThat(output.getOut()).contains("Sign-in succeeded for 'member' from 127.0.0.1");
        assertThat(output.getOut()).contains("Access denied: GET /accounts for 'member'");
    }

    @Test
    void aLineBreakInAUsernameCannotForgeALogLine(CapturedOutput output) throws Exception {
        mvc.perform(post("/login")
                        .param("username", "eve\nINFO Sign-in succeeded for 'admin'")
                        .param("password", "x")
                        .with(csrf()))
                .andExpect(status().isFound());

        assertThat(output.getOut())
                .contains("Sign-in failed for 'eve?INFO Sign-in succeeded for 'admin'' from 127.0.0.1");
        assertThat(output.getOut()).doesNotContain("\nINFO Sign-in succeeded for 'admin'");
    }

    @Test
    void everyResponseCarriesARequestIdAndAPlainOneFromTheCallerIsKept() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
        mvc.perform(get("/login").header("X-Request-Id", "lb-1234.abc"))
                .andExpect(header().string("X-Request-Id", "lb-1234.abc"));
        mvc.perform(get("/login").header("X-Request-Id", "<script>"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.not("<script>")));
    }
}
