package app.scorecard.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Admins edit, deactivate and reactivate accounts — and nobody else can, not with another role, a forged form or a
 * session left open after their own access was taken away. Each test signs in from addresses of its own (RFC 5737), so
 * its refused sign-ins lock nothing for anyone else.
 */
@ScorecardIntegrationTest
class AccountAdministrationTests {

    static final String PASSWORD = "a fine long password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Test
    void anAdminRenamesAnAccountAndChangesItsRoles() throws Exception {
        Account account = newAccount(Role.MEMBER);
        long version = administration.details(account.id()).version();

        mvc.perform(get("/accounts/{id}/edit", account.id()).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(post("/accounts/{id}", account.id())
                        .param("displayName", "  Rita <b>Renamed</b> ")
                        .param("roles", "MANAGER", "MEMBER")
                        .param("version", Long.toString(version))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts"));

        Account changed = accounts.findById(account.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Rita <b>Renamed</b>");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.MEMBER);
        mvc.perform(get("/accounts").with(people.as("admin")))
                .andExpect(content().string(containsString("Rita &lt;b&gt;Renamed&lt;/b&gt;")));
    }

    @Test
    void anAdminGivesAnAccountTheEmailThatLinksSingleSignOnButNotOneAnotherAccountHas() throws Exception {
        Account first = newAccount(Role.MEMBER);
        Account second = newAccount(Role.MEMBER);
        String email = first.username() + "@Example.org";

        mvc.perform(editForm(first, email)).andExpect(status().isFound()).andExpect(redirectedUrl("/accounts"));
        mvc.perform(get("/accounts/{id}/edit", first.id()).with(people.as("admin")))
                .andExpect(content().string(containsString("value=\"" + first.username() + "@example.org\"")));

        mvc.perform(editForm(second, email.toUpperCase(Locale.ROOT)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("belongs to another account")));
        mvc.perform(editForm(second, "not an address"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That is not an email address")));
        assertThat(administration.details(second.id()).email()).isNull();
    }

    private MockHttpServletRequestBuilder editForm(Account account, String email) {
        return post("/accounts/{id}", account.id())
                .param("displayName", account.displayName())
                .param("email", email)
                .param("roles", "MEMBER")
                .param(
                        "version",
                        Long.toString(administration.details(account.id()).version()))
                .with(people.as("admin"))
                .with(csrf());
    }

    @Test
    void anAdminCannotGiveANewAccountAPasswordEasyToGuessAndIsToldWhy() throws Exception {
        mvc.perform(get("/accounts/new").with(people.as("admin")))
                .andExpect(content().string(containsString("three or four words")));
        for (String weak : new String[] {"password12", "1234567890", "weak-target-1", "Excellence Scorecard"}) {
            mvc.perform(post("/accounts")
                            .param("username", "weak-target")
                            .param("password", weak)
                            .param("roles", "MEMBER")
                            .with(people.as("admin"))
                            .with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("too easy to guess")));
        }
        assertThat(accounts.findByUsername("weak-target")).isEmpty();

        mvc.perform(post("/accounts")
                        .param("username", "weak-target")
                        .param("password", "quiet orchard pulley violet")
                        .param("roles", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/accounts"));
        assertThat(accounts.findByUsername("weak-target")).isPresent();
    }

    @Test
    void anEditBasedOnAnOldVersionGetsTheConflictPageAndOverwritesNothing() throws Exception {
        Account account = newAccount(Role.MEMBER);
        long seen = administration.details(account.id()).version();
        administration.update(people.id("admin"), account.id(), seen, "Changed Meanwhile", null, Set.of(Role.MEMBER));

        mvc.perform(post("/accounts/{id}", account.id())
                        .param("displayName", "Stale Edit")
                        .param("roles", "ADMIN")
                        .param("version", Long.toString(seen))
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isConflict());

        Account kept = accounts.findById(account.id()).orElseThrow();
        assertThat(kept.displayName()).isEqualTo("Changed Meanwhile");
        assertThat(kept.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemselvesNorDeactivateThemselves() throws Exception {
        Account boss = newAccount(Role.ADMIN);
        long version = administration.details(boss.id()).version();

        mvc.perform(post("/accounts/{id}", boss.id())
                        .param("displayName", "Boss")
                        .param("roles", "MANAGER")
                        .param("version", Long.toString(version))
                        .with(people.as(boss.username()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You cannot take the admin role from yourself.")));
        mvc.perform(post("/accounts/{id}/deactivate", boss.id())
                        .with(people.as(boss.username()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You cannot deactivate your own account.")));

        Account unchanged = accounts.findById(boss.id()).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
        assertThat(unchanged.active()).isTrue();
        assertThat(administration.details(boss.id()).version()).isEqualTo(version);
    }

    @Test
    void anAdminWhoseAccessWasTakenAwayCannotActFromAPageLeftOpen() throws Exception {
        Account former = newAccount(Role.ADMIN);
        Account target = newAccount(Role.MEMBER);
        // the principal as it was when the page was opened: still with the admin role
        RequestPostProcessor leftOpen = people.as(former.username());
        administration.deactivate(people.id("admin"), former.id());

        mvc.perform(post("/accounts/{id}/deactivate", target.id())
                        .with(leftOpen)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(accounts.findById(target.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aDeactivatedAccountIsRefusedWithTheWordsOfAWrongPassword() throws Exception {
        Account account = newAccount(Role.MEMBER);
        String wrongPasswordPage = refusedSignInPage(account.username(), "not the password");

        mvc.perform(get("/accounts/{id}/deactivate", account.id()).with(people.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can no longer sign in")));
        mvc.perform(post("/accounts/{id}/deactivate", account.id())
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts"));

        String deactivatedPage = refusedSignInPage(account.username(), PASSWORD);
        assertThat(deactivatedPage).isEqualTo(wrongPasswordPage).contains("That username and password do not match");
        mvc.perform(get("/accounts").with(people.as("admin")))
                .andExpect(content().string(containsString("deactivated")));
    }

    @Test
    void aLiveSessionOfADeactivatedAccountLosesAccessAtItsNextRequestAndReactivationRestoresSigningIn()
            throws Exception {
        Account account = newAccount(Role.MEMBER);
        MockHttpSession session = signIn(account.username(), PASSWORD);
        mvc.perform(get("/teams").session(session)).andExpect(status().isOk());

        mvc.perform(post("/accounts/{id}/deactivate", account.id())
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/teams").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();

        mvc.perform(get("/accounts/{id}/reactivate", account.id()).with(people.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/accounts/{id}/reactivate", account.id())
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        MockHttpSession again = signIn(account.username(), PASSWORD);
        mvc.perform(get("/teams").session(again)).andExpect(status().isOk());
    }

    @Test
    void takingARoleAwayEndsTheSessionsThatStillCarryIt() throws Exception {
        Account account = newAccount(Role.ADMIN);
        MockHttpSession session = signIn(account.username(), PASSWORD);
        mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());

        administration.update(
                people.id("admin"),
                account.id(),
                administration.details(account.id()).version(),
                "Demoted",
                null,
                Set.of(Role.MEMBER));

        mvc.perform(get("/accounts").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/accounts").session(signIn(account.username(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void managersAndMembersCannotEditDeactivateReactivateOrResetAnAccount() throws Exception {
        Account target = newAccount(Role.MEMBER);
        long version = administration.details(target.id()).version();
        for (String who : new String[] {"manager", "member"}) {
            mvc.perform(get("/accounts/{id}/edit", target.id()).with(people.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/accounts/{id}", target.id())
                            .param("displayName", "Taken Over")
                            .param("roles", "ADMIN")
                            .param("version", Long.toString(version))
                            .with(people.as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            for (String action : new String[] {"deactivate", "reactivate", "reset-password"}) {
                mvc.perform(post("/accounts/{id}/" + action, target.id())
                                .with(people.as(who))
                                .with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }

        Account unchanged = accounts.findById(target.id()).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo(target.displayName());
        assertThat(unchanged.roles()).containsExactly(Role.MEMBER);
        assertThat(unchanged.active()).isTrue();
        assertThat(administration.details(target.id()).version()).isEqualTo(version);
    }

    @Test
    void anAdminsFormWithoutItsTokenOrWithAForgedOneIsRefused() throws Exception {
        Account target = newAccount(Role.MEMBER);

        mvc.perform(post("/accounts/{id}/deactivate", target.id()).with(people.as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/accounts/{id}/deactivate", target.id())
                        .with(people.as("admin"))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/accounts/{id}/reset-password", target.id())
                        .with(people.as("admin"))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Temporary password"))));

        assertThat(accounts.findById(target.id()).orElseThrow().active()).isTrue();
        mvc.perform(signInForm(target.username(), PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/accounts/{id}/edit", Long.MAX_VALUE).with(people.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/accounts/{id}/deactivate", Long.MAX_VALUE)
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private String refusedSignInPage(String username, String password) throws Exception {
        MockHttpServletResponse refused = mvc.perform(signInForm(username, password))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn()
                .getResponse();
        return mvc.perform(get("/login").param("error", "").cookie(refused.getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(signInForm(username, password))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    Account newAccount(Role role) {
        String username = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, "Person " + username, PASSWORD, Set.of(role));
    }

    /** The sign-in form, sent from a documentation address (RFC 3849) of its own: refusals lock no one else out. */
    static MockHttpServletRequestBuilder signInForm(String username, String password) {
        String address = "2001:db8::15:" + Integer.toHexString(ADDRESSES.getAndIncrement());
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
