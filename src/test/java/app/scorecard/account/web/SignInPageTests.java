package app.scorecard.account.web;

import static app.scorecard.account.web.AccountAdministrationTests.signInForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import app.scorecard.support.CookieJar;
import app.scorecard.support.ScorecardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** After a refused sign-in the page keeps the username as typed — as text, never markup — and never the password. */
@ScorecardIntegrationTest
class SignInPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void withoutSingleSignOnThePageHasThePasswordFormAndNoProviderButton() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"password\"").doesNotContain("/oauth2/authorization");
    }

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
        CookieJar browser = refusedIn("someone-else", "wrong again");
        browser.perform(mvc, get("/login"));

        String later = browser.perform(mvc, get("/login")).getContentAsString();
        assertThat(later).doesNotContain("value=\"someone-else\"");
    }

    @Test
    void aRefusedSignInMakesNoSession() throws Exception {
        MockHttpServletResponse refused = mvc.perform(signInForm("no-session", "wrong"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(request().sessionAttributeDoesNotExist())
                .andReturn()
                .getResponse();

        assertThat(refused.getCookie(TypedUsername.NAME)).isNotNull();
        assertThat(mvc.perform(signInForm("no-session", "wrong"))
                        .andReturn()
                        .getRequest()
                        .getSession(false))
                .isNull();
    }

    private String refused(String username, String password) throws Exception {
        return refusedIn(username, password)
                .perform(mvc, get("/login").param("error", ""))
                .getContentAsString();
    }

    private CookieJar refusedIn(String username, String password) throws Exception {
        CookieJar browser = new CookieJar();
        assertThat(browser.perform(mvc, signInForm(username, password)).getRedirectedUrl())
                .isEqualTo("/login?error");
        return browser;
    }
}
