package app.scorecard.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.internal.InitialSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A first start outside the demo profile: no account at all, until someone with the setup code creates the admin. */
@SpringBootTest
@AutoConfigureMockMvc
class FirstStartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InitialSetup setup;

    @Autowired
    AccountService accounts;

    @Test
    void theFirstAdminComesOnlyFromTheSetupCode() throws Exception {
        assertThat(accounts.anyExists())
                .as("no default account outside the demo profile")
                .isFalse();
        mvc.perform(formLogin().user("admin").password("admin")).andExpect(unauthenticated());
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/setup\"")));
        mvc.perform(get("/setup")).andExpect(status().isOk());
        String code = setup.issueCode().orElseThrow(); // what the log shows at start-up

        mvc.perform(setupForm("WRONG-CODE-0000", "root", "correct horse battery", "correct horse battery"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That setup code is not valid")));
        mvc.perform(setupForm(code, "root", "correct horse battery", "correct horse batteries"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The two passwords differ")));
        mvc.perform(setupForm(code, "root", "too short", "too short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at least 10 characters")));
        mvc.perform(setupForm(code, "root", "password12", "password12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This password is too easy to guess.")))
                .andExpect(content().string(containsString("It is a very common password.")));
        mvc.perform(setupForm(code, "root", "scorecard2026", "scorecard2026"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("the name of this application")));
        mvc.perform(setupForm(code, "rootadmin", "rootadmin-rootadmin", "rootadmin-rootadmin"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("It contains the username")));
        assertThat(accounts.anyExists()).isFalse();

        mvc.perform(setupForm(code, "Root", "correct horse battery", "correct horse battery"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));

        mvc.perform(formLogin().user("root").password("correct horse battery")).andExpect(authenticated());
        mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
        mvc.perform(setupForm(code, "second", "correct horse battery", "correct horse battery"))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.findByUsername("second")).isEmpty();
    }

    private static MockHttpServletRequestBuilder setupForm(
            String code, String username, String password, String confirmPassword) {
        return post("/setup")
                .param("code", code)
                .param("username", username)
                .param("displayName", "Rita Root")
                .param("password", password)
                .param("confirmPassword", confirmPassword)
                .with(csrf());
    }
}
