package app.scorecard.team.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Admins add people to a team by finding them: by a part of their name or username in any case, only active accounts
 * not in the team yet, a capped list with a hint to narrow it, and an "Add" button per person.
 */
@ScorecardIntegrationTest
class TeamPeopleSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    AccountAdministration administration;

    @Test
    void findsActiveAccountsOutsideTheTeamByNameOrUsernameInAnyCase() throws Exception {
        String tag = tag();
        long team = teams.create("Search " + tag).id();
        Account byName = person("p1-" + tag, "Quentin " + tag.toUpperCase() + " Byname");
        Account byUsername = person("u-" + tag, "Ursula Other");
        Account inTeam = person("in-" + tag, "Ingrid Member");
        Account gone = person("gone-" + tag, "Gustav Gone");
        teams.place(team, inTeam.id(), TeamRole.MEMBER);
        administration.deactivate(people.id("admin"), gone.id());

        String page = mvc.perform(get("/teams/{id}/people", team)
                        .param("q", " " + tag.toUpperCase() + " ")
                        .with(people.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(byName.displayName())
                .contains(byUsername.username())
                .doesNotContain(inTeam.displayName())
                .doesNotContain(gone.displayName())
                .doesNotContain("Only the first");
        assertThat(buttons(page)).isEqualTo(2);
    }

    @Test
    void anAdminAddsAPersonFromTheListAndComesBackToTheSameSearch() throws Exception {
        String tag = tag();
        long team = teams.create("Adding " + tag).id();
        Account newcomer = person("new-" + tag, "Nadia Newcomer");

        mvc.perform(post("/teams/{id}/members", team)
                        .param("username", newcomer.username())
                        .param("role", "MANAGER")
                        .param("q", "nadia & co")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/teams/" + team + "/people?q=nadia+%26+co"));

        assertThat(teams.find(team).orElseThrow().isManagedBy(newcomer.id())).isTrue();
        mvc.perform(get("/teams/{id}/people", team).param("q", tag).with(people.as("admin")))
                .andExpect(content().string(containsString("Nobody to add")));
    }

    @Test
    void showsTwentyAtMostAndSaysHowToNarrowTheSearch() throws Exception {
        String tag = tag();
        long team = teams.create("Many " + tag).id();
        for (int i = 0; i < 21; i++) {
            person("m" + i + "-" + tag, "Many " + i);
        }

        String page = mvc.perform(
                        get("/teams/{id}/people", team).param("q", tag).with(people.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(buttons(page)).isEqualTo(TeamPeopleController.SHOWN);
        assertThat(page).contains("Only the first 20 are shown: type more of a name or username");
    }

    @Test
    void aSearchForPercentOrUnderscoreMatchesThoseCharactersOnly() throws Exception {
        String tag = tag();
        long team = teams.create("Wildcards " + tag).id();
        person("w-" + tag, "Wendy 100% " + tag);
        person("x-" + tag, "Xavier 1000 " + tag);

        String page = mvc.perform(
                        get("/teams/{id}/people", team).param("q", "100%").with(people.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Wendy 100%").doesNotContain("Xavier 1000");
    }

    @Test
    void aDeactivatedAccountIsNotAddedEvenWhenPostedDirectlyButStaysWhereItWas() throws Exception {
        String tag = tag();
        long team = teams.create("Deactivated " + tag).id();
        Account stays = person("stays-" + tag, "Stella Stays");
        Account outside = person("out-" + tag, "Otto Outside");
        teams.place(team, stays.id(), TeamRole.MEMBER);
        administration.deactivate(people.id("admin"), stays.id());
        administration.deactivate(people.id("admin"), outside.id());

        mvc.perform(post("/teams/{id}/members", team)
                        .param("username", outside.username())
                        .param("role", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is deactivated: reactivate it before adding it")));

        assertThat(teams.find(team).orElseThrow().hasMember(outside.id())).isFalse();
        assertThat(teams.find(team).orElseThrow().hasMember(stays.id())).isTrue();
        mvc.perform(get("/teams/{id}", team).with(people.as("admin")))
                .andExpect(content().string(containsString("Stella Stays")))
                .andExpect(content().string(containsString("<span class=\"tag\">deactivated</span>")));
    }

    @Test
    void managersAndMembersCanNeitherSearchNorAddEvenInTheirOwnTeam() throws Exception {
        long customerCare = people.customerCare().id();
        Account someone = person("sneak-" + tag(), "Sneaky Friend");

        for (String who : new String[] {"manager", "member"}) {
            mvc.perform(get("/teams/{id}/people", customerCare).with(people.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/teams/{id}/members", customerCare)
                            .param("username", someone.username())
                            .param("role", "MANAGER")
                            .param("q", "")
                            .with(people.as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/teams/{id}/members", customerCare)
                        .param("username", someone.username())
                        .param("role", "MANAGER")
                        .with(people.as("admin")))
                .andExpect(status().isForbidden());

        assertThat(teams.find(customerCare).orElseThrow().hasMember(someone.id()))
                .isFalse();
    }

    @Test
    void theTeamPageOffersTheSearchAndARoleChangePerMember() throws Exception {
        mvc.perform(get("/teams/{id}", people.customerCare().id()).with(people.as("admin")))
                .andExpect(content().string(containsString("name=\"q\" type=\"search\"")))
                .andExpect(content().string(containsString("Make Mo Member a manager of the team")));
    }

    private static int buttons(String page) {
        return (int) Pattern.compile(">Add as member</button>")
                .matcher(page)
                .results()
                .count();
    }

    private Account person(String username, String displayName) {
        return accounts.create(username, displayName, "a fine long password", Set.of(Role.MEMBER));
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 6);
    }
}
