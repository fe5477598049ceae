package app.scorecard.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScorecardIntegrationTest
class AccountAdminPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountService accounts;

    @Test
    void anAdminCreatesAnAccountThatCanSignIn() throws Exception {
        mvc.perform(post("/accounts")
                        .param("username", "nia")
                        .param("displayName", "Nia <b>New</b>")
                        .param("password", "a fine long password")
                        .param("roles", "MANAGER", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts"));

        assertThat(accounts.findByUsername("nia"))
                .hasValueSatisfying(account -> assertThat(account.roles()).containsOnly(Role.MANAGER, Role.MEMBER));
        mvc.perform(formLogin().user("nia").password("a fine long password")).andExpect(authenticated());
        mvc.perform(get("/accounts").with(people.as("admin")))
                .andExpect(content().string(containsString("Nia &lt;b&gt;New&lt;/b&gt;")));
    }

    @Test
    void refusesATakenUsernameOrAWeakPasswordAndKeepsTheForm() throws Exception {
        mvc.perform(post("/accounts")
                        .param("username", "Manager")
                        .param("displayName", "Another Maya")
                        .param("password", "a fine long password")
                        .param("roles", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The username &#39;manager&#39; is taken.")))
                .andExpect(content().string(containsString("value=\"Another Maya\"")));
        mvc.perform(post("/accounts")
                        .param("username", "weakling")
                        .param("password", "short")
                        .param("roles", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at least 10 characters")));
        mvc.perform(post("/accounts")
                        .param("username", "noroles")
                        .param("password", "a fine long password")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose at least one role.")));

        assertThat(accounts.findByUsername("weakling")).isEmpty();
        assertThat(accounts.findByUsername("noroles")).isEmpty();
    }
}
