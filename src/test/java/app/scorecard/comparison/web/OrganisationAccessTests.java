package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who reaches the organisation's view: admins, and the accounts an admin names leaders — from the next request on, and
 * no longer from the next request after the designation is taken away. Managers and members get a 403, through every
 * route the view adds.
 */
@ScorecardIntegrationTest
class OrganisationAccessTests {

    private static final String PASSWORD = "a fine long password";
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
    void adminsAndLeadersSeeTheOrganisationManagersAndMembersAreRefused() throws Exception {
        String leader = leader(newAccount(Role.MEMBER)).username();

        for (String who : new String[] {"admin", leader}) {
            mvc.perform(get("/organisation").with(people.as(who))).andExpect(status().isOk());
            mvc.perform(get("/organisation").param("set", "serve").with(people.as(who)))
                    .andExpect(status().isOk());
        }
        for (String who : new String[] {"manager", "manager2", "member"}) {
            mvc.perform(get("/organisation").with(people.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/organisation").param("set", "serve").with(people.as(who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/organisation")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theNavigationOffersTheOrganisationToAdminsAndLeadersOnly() throws Exception {
        String leader = leader(newAccount(Role.MEMBER)).username();

        assertThat(home("admin")).contains("href=\"/organisation\"");
        // a leader who manages no team still gets the heatmap: its organisation row
        assertThat(home(leader)).contains("href=\"/organisation\"", "href=\"/heatmap\"");
        assertThat(home("manager")).doesNotContain("href=\"/organisation\"");
        assertThat(home("member")).doesNotContain("href=\"/organisation\"", "href=\"/heatmap\"");
    }

    @Test
    void aLeaderInNoTeamSeesTheHeatmapWhichStaysClosedToAMember() throws Exception {
        String leader = leader(newAccount(Role.MEMBER)).username();

        mvc.perform(get("/heatmap").with(people.as(leader))).andExpect(status().isOk());
        mvc.perform(get("/heatmap").with(people.as("member"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminNamesALeaderOnTheEditPageAndTakingItAwayEndsAccessAtTheNextRequest() throws Exception {
        Account person = newAccount(Role.MEMBER);
        String edit = page(get("/accounts/{id}/edit", person.id()), "admin");
        assertThat(leaderBox(edit)).contains("type=\"checkbox\"").doesNotContain("checked");

        mvc.perform(editForm(person, true)).andExpect(status().isFound()).andExpect(redirectedUrl("/accounts"));
        assertThat(accounts.findById(person.id()).orElseThrow().leader()).isTrue();
        assertThat(leaderBox(page(get("/accounts/{id}/edit", person.id()), "admin")))
                .contains("checked");
        assertThat(page(get("/accounts"), "admin")).contains("<span class=\"tag\">Leader</span>");

        MockHttpSession session = signIn(person.username());
        mvc.perform(get("/organisation").session(session)).andExpect(status().isOk());

        mvc.perform(editForm(person, false)).andExpect(status().isFound());
        assertThat(accounts.findById(person.id()).orElseThrow().leader()).isFalse();

        // the session still carried the designation: it ends at its next request
        mvc.perform(get("/organisation").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        MockHttpSession again = signIn(person.username());
        mvc.perform(get("/organisation").session(again)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").session(again))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("href=\"/organisation\"");
    }

    @Test
    void savingAnAccountWithoutChangingTheDesignationKeepsItsSessions() throws Exception {
        Account person = leader(newAccount(Role.MEMBER));
        MockHttpSession session = signIn(person.username());

        mvc.perform(editForm(person, true)).andExpect(status().isFound());

        mvc.perform(get("/organisation").session(session)).andExpect(status().isOk());
    }

    private Account leader(Account account) {
        administration.update(
                people.id("admin"),
                account.id(),
                administration.details(account.id()).version(),
                account.displayName(),
                null,
                account.roles(),
                true);
        return accounts.findById(account.id()).orElseThrow();
    }

    private Account newAccount(Role role) {
        String username = "org-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(username, "Person " + username, PASSWORD, Set.of(role));
    }

    private MockHttpServletRequestBuilder editForm(Account person, boolean leader) {
        MockHttpServletRequestBuilder form = post("/accounts/{id}", person.id())
                .param("displayName", person.displayName())
                .param("roles", "MEMBER")
                .param("_leader", "on")
                .param(
                        "version",
                        Long.toString(administration.details(person.id()).version()))
                .with(people.as("admin"))
                .with(csrf());
        return leader ? form.param("leader", "true") : form;
    }

    /** The leader check box of an account's edit page. */
    private static String leaderBox(String page) {
        Matcher box = Pattern.compile("<input[^>]*name=\"leader\"[^>]*>").matcher(page);
        assertThat(box.find()).as("a leader check box").isTrue();
        return box.group();
    }

    private String home(String who) throws Exception {
        return page(get("/"), who);
    }

    private String page(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(people.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Signs in with the form, from a documentation address of its own (RFC 3849): nobody else's sign-ins count. */
    private MockHttpSession signIn(String username) throws Exception {
        String address = "2001:db8::18:" + Integer.toHexString(ADDRESSES.getAndIncrement());
        return (MockHttpSession) mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
