package app.scorecard.account.web;

import static app.scorecard.account.web.AccountAdministrationTests.PASSWORD;
import static app.scorecard.account.web.AccountAdministrationTests.signInForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An admin resets a password: the temporary one is shown once, ends the person's sessions, and signs in only to the
 * page where they choose their own — nothing else is reachable with it, through the pages or the API.
 */
@ScorecardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetTests {

    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\">([a-z2-9-]{19})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Test
    void theTemporaryPasswordIsShownOnceEndsTheSessionsAndIsLoggedWithoutTheSecret(CapturedOutput output)
            throws Exception {
        Account account = newAccount();
        MockHttpSession before = signIn(account.username(), PASSWORD);

        mvc.perform(get("/accounts/{id}/reset-password", account.id()).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("stops working")));
        String temporary = reset(account);

        assertThat(temporary).matches("[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}");
        mvc.perform(get("/teams").session(before)).andExpect(status().isFound());
        mvc.perform(signInForm(account.username(), PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(output.getOut())
                .contains("Admin 'admin' reset the password of account '" + account.username() + "'")
                .doesNotContain(temporary);
        assertThat(reset(account)).isNotEqualTo(temporary);
    }

    @Test
    void theTemporaryPasswordLeadsOnlyToChoosingANewOneThenTheNewOneSignsIn() throws Exception {
        Account account = newAccount();
        String temporary = reset(account);

        MockHttpSession session = (MockHttpSession) mvc.perform(signInForm(account.username(), temporary))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/password"))
                .andReturn()
                .getRequest()
                .getSession(false);
        // not signed in: every other page sends them to sign in, the API refuses the temporary password
        mvc.perform(get("/teams").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/teams").with(httpBasic(account.username(), temporary)))
                .andExpect(status().isUnauthorized());

        mvc.perform(get("/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post("/password")
                        .param("password", "my very own password")
                        .param("confirmPassword", "my very own passw0rd")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The two passwords differ.")));
        mvc.perform(post("/password")
                        .param("password", temporary)
                        .param("confirmPassword", temporary)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not the temporary one")));
        mvc.perform(post("/password")
                        .param("password", "short")
                        .param("confirmPassword", "short")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at least 10 characters")));
        mvc.perform(post("/password")
                        .param("password", "1234567890")
                        .param("confirmPassword", "1234567890")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This password is too easy to guess.")))
                .andExpect(content().string(containsString("one of the hundred most common passwords")));
        mvc.perform(post("/password")
                        .param("password", account.username() + "-password")
                        .param("confirmPassword", account.username() + "-password")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("It contains the username")));
        Cookie[] typedUsername = mvc.perform(post("/password")
                        .param("password", "my very own password")
                        .param("confirmPassword", "my very own password")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse()
                .getCookies();

        mvc.perform(get("/login").session(session).cookie(typedUsername))
                .andExpect(content().string(containsString("Your new password is set.")))
                .andExpect(content().string(containsString("value=\"" + account.username() + "\"")));
        mvc.perform(signInForm(account.username(), temporary)).andExpect(unauthenticated());
        mvc.perform(signInForm(account.username(), "my very own password")).andExpect(authenticated());
        assertThat(administration.details(account.id()).mustChangePassword()).isFalse();
    }

    @Test
    void noOneChoosesAPasswordWithoutHavingSignedInWithTheTemporaryOne() throws Exception {
        Account account = newAccount();
        reset(account);

        mvc.perform(get("/password")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/password")
                        .param("password", "an attacker's password")
                        .param("confirmPassword", "an attacker's password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));
        // a wrong password does not lead there either
        mvc.perform(signInForm(account.username(), "a guess at it")).andExpect(redirectedUrl("/login?error"));

        assertThat(administration.details(account.id()).mustChangePassword()).isTrue();
    }

    @Test
    void aSecondResetMakesTheFirstTemporaryPasswordsPageWorthless() throws Exception {
        Account account = newAccount();
        String first = reset(account);
        MockHttpSession session = (MockHttpSession) mvc.perform(signInForm(account.username(), first))
                .andExpect(redirectedUrl("/password"))
                .andReturn()
                .getRequest()
                .getSession(false);

        String second = reset(account);
        mvc.perform(post("/password")
                        .param("password", "chosen with the old one")
                        .param("confirmPassword", "chosen with the old one")
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(signInForm(account.username(), "chosen with the old one")).andExpect(unauthenticated());
        mvc.perform(signInForm(account.username(), second)).andExpect(redirectedUrl("/password"));
    }

    @Test
    void aDeactivatedAccountsTemporaryPasswordIsRefusedLikeAWrongOne() throws Exception {
        Account account = newAccount();
        String temporary = reset(account);
        administration.deactivate(people.id("admin"), account.id());

        mvc.perform(signInForm(account.username(), temporary))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    private String reset(Account account) throws Exception {
        String page = mvc.perform(post("/accounts/{id}/reset-password", account.id())
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = TEMPORARY.matcher(page);
        assertThat(shown.find()).as("the temporary password on the page").isTrue();
        return shown.group(1);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(signInForm(username, password))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private Account newAccount() {
        String username = "rst-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, "Person " + username, PASSWORD, Set.of(Role.MEMBER));
    }
}
