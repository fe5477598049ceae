package app.scorecard.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing through the sign-in form and the API. Each test signs in from its own documentation address
 * (RFC 5737), so the locks it causes touch nobody else.
 */
@ScorecardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInLockoutTests {

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void locksAnAccountAtAnAddressAfterTenWrongPasswordsEvenForTheRightOneAndNobodyElse() throws Exception {
        accounts.create("guess-target", "Guess Target", "the right password", Set.of(Role.MEMBER));
        accounts.create("guess-neighbour", "Guess Neighbour", "the right password", Set.of(Role.MEMBER));

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/teams")
                            .with(httpBasic("guess-target", "wrong-" + i))
                            .with(from("192.0.2.10")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/teams")
                        .with(httpBasic("guess-target", "the right password"))
                        .with(from("192.0.2.10")))
                .andExpect(status().isUnauthorized());
        mvc.perform(signIn("guess-target", "the right password", "192.0.2.10"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("guess-neighbour", "the right password", "192.0.2.10"))
                .andExpect(authenticated());
        mvc.perform(signIn("guess-target", "the right password", "192.0.2.11")).andExpect(authenticated());
    }

    @Test
    void locksAnAddressThatTriesAHundredAccountsAndNobodyElse() throws Exception {
        for (int i = 0; i < 100; i++) {
            mvc.perform(signIn("nobody-" + i, "guess", "198.51.100.7")).andExpect(unauthenticated());
        }

        mvc.perform(signIn("member", "member", "198.51.100.7"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("member", "member", "198.51.100.8")).andExpect(authenticated());
    }

    @Test
    void refusesALockedAWrongAndAnUnknownSignInAlike() throws Exception {
        accounts.create("alike-target", "Alike Target", "the right password", Set.of(Role.MEMBER));
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn("alike-target", "wrong-" + i, "192.0.2.30"));
        }

        var locked = mvc.perform(signIn("alike-target", "the right password", "192.0.2.30"))
                .andReturn()
                .getResponse();
        var wrong = mvc.perform(signIn("alike-target", "wrong", "192.0.2.31"))
                .andReturn()
                .getResponse();
        var unknown = mvc.perform(signIn("alike-nobody", "wrong", "192.0.2.31"))
                .andReturn()
                .getResponse();
        for (var refusal : List.of(locked, wrong, unknown)) {
            org.assertj.core.api.Assertions.assertThat(refusal.getStatus()).isEqualTo(302);
            org.assertj.core.api.Assertions.assertThat(refusal.getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        var lockedApi = mvc.perform(get("/api/v1/teams")
                        .with(httpBasic("alike-target", "the right password"))
                        .with(from("192.0.2.30")))
                .andReturn()
                .getResponse();
        var wrongApi = mvc.perform(get("/api/v1/teams")
                        .with(httpBasic("alike-target", "wrong"))
                        .with(from("192.0.2.31")))
                .andReturn()
                .getResponse();
        org.assertj.core.api.Assertions.assertThat(lockedApi.getStatus()).isEqualTo(wrongApi.getStatus());
        org.assertj.core.api.Assertions.assertThat(lockedApi.getContentAsString())
                .isEqualTo(wrongApi.getContentAsString());
        org.assertj.core.api.Assertions.assertThat(lockedApi.getHeader("WWW-Authenticate"))
                .isEqualTo(wrongApi.getHeader("WWW-Authenticate"));
    }

    @Test
    void anAdminUnlocksAnAccountLockedEverywhereAfterConfirmingAndTheLogSaysWho(CapturedOutput output)
            throws Exception {
        var target = accounts.create("unlock-target", "Unlock Target", "the right password", Set.of(Role.MEMBER));
        for (int i = 0; i < 50; i++) {
            mvc.perform(signIn("unlock-target", "wrong", "198.51.100." + (100 + i)));
        }
        mvc.perform(signIn("unlock-target", "the right password", "203.0.113.50"))
                .andExpect(unauthenticated());

        mvc.perform(get("/accounts/{id}/edit", target.id()).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/accounts/" + target.id() + "/unlock")));
        mvc.perform(get("/accounts/{id}/unlock", target.id()).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unlock unlock-target")));
        mvc.perform(post("/accounts/{id}/unlock", target.id())
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"));

        mvc.perform(signIn("unlock-target", "the right password", "203.0.113.50"))
                .andExpect(authenticated());
        org.assertj.core.api.Assertions.assertThat(output)
                .contains("Admin 'admin' unlocked the sign-ins of account 'unlock-target'");
        mvc.perform(get("/accounts/{id}/edit", target.id()).with(people.as("admin")))
                .andExpect(content().string(not(containsString("/unlock"))));
    }

    @Test
    void givesANewSessionIdAtSignIn() throws Exception {
        var anonymous = mvc.perform(get("/login").with(from("203.0.113.5"))).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession)
                anonymous.getRequest().getSession();
        String before = session.getId();

        var signedIn = mvc.perform(signIn("member", "member", "203.0.113.5").session(session))
                .andExpect(authenticated())
                .andReturn();

        org.assertj.core.api.Assertions.assertThat(
                        signedIn.getRequest().getSession().getId())
                .isNotEqualTo(before);
    }

    @Test
    void endsTheSessionAtSignOut() throws Exception {
        var signedIn = mvc.perform(signIn("member", "member", "203.0.113.6"))
                .andExpect(authenticated())
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession)
                signedIn.getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf()).with(from("203.0.113.6")))
                .andExpect(redirectedUrl("/login?logout"));

        org.assertj.core.api.Assertions.assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/teams").session(session).with(from("203.0.113.6"))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void sendsTheSecurityHeadersWithEveryPage() throws Exception {
        for (String page : new String[] {"/", "/login", "/i/no-such-link"}) {
            var response = mvc.perform(get(page)).andReturn().getResponse();
            org.assertj.core.api.Assertions.assertThat(response.getHeader("Content-Security-Policy"))
                    .as(page)
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            org.assertj.core.api.Assertions.assertThat(response.getHeader("X-Content-Type-Options"))
                    .isEqualTo("nosniff");
            org.assertj.core.api.Assertions.assertThat(response.getHeader("Referrer-Policy"))
                    .isEqualTo("same-origin");
        }
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
