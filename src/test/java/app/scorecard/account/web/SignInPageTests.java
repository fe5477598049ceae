package app.scorecard.account.web;

import static app.scorecard.account.web.AccountAdministrationTests.signInForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** After a refused sign-in the page keeps the username as typed — as text, never markup — and never the password. */
@ScorecardIntegrationTest
class SignInPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedSignInKeepsTheUsernameAndNotThePassword() throws Exception {
        String page = refused("someone-typed", "a wrong password");

        assertThat(page)
                .contains("value=\"someone-typed\"")
                .doesNotContain("a wrong password")
                .contains("That username and password do not match");
        // the password field has the focus then, not the username
        assertThat(page).containsPattern("id=\"password\"[^>]*autofocus");
    }

    @Test
    void aUsernameWithMarkupIsShownAsText() throws Exception {
        String page = refused("<script>alert(1)</script>\"onfocus=\"x", "irrelevant");

        assertThat(page)
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;onfocus=&quot;x\"")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void theUsernameIsShownOnceNotOnEveryLaterVisit() throws Exception {
        MockHttpSession session = refusedSession("someone-else", "wrong again");
        mvc.perform(get("/login").session(session));

        String later = mvc.perform(get("/login").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).doesNotContain("value=\"someone-else\"");
    }

    private String refused(String username, String password) throws Exception {
        return mvc.perform(get("/login").param("error", "").session(refusedSession(username, password)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpSession refusedSession(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(signInForm(username, password))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
