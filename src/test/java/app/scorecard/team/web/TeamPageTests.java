package app.scorecard.team.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScorecardIntegrationTest
class TeamPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Test
    void anAdminCreatesATeamNamesItsManagerAndMembersAndRemovesOne() throws Exception {
        long nightManager = accounts.create("night-manager", "Nora Night", "a fine long password", Set.of(Role.MANAGER))
                .id();
        long nightMember = accounts.create("night-member", "Ned Night", "a fine long password", Set.of(Role.MEMBER))
                .id();
        String location = mvc.perform(post("/teams")
                        .param("name", "Night Shift")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long teamId = Long.parseLong(location.substring("/teams/".length()));

        mvc.perform(post("/teams/{id}/members", teamId)
                        .param("username", "night-manager")
                        .param("role", "MANAGER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/teams/{id}/members", teamId)
                        .param("username", "night-member")
                        .param("role", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());

        TeamView team = teams.find(teamId).orElseThrow();
        assertThat(team.members())
                .containsEntry(nightManager, TeamRole.MANAGER)
                .containsEntry(nightMember, TeamRole.MEMBER);
        mvc.perform(get("/teams/{id}", teamId).with(people.as("night-manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ned Night")))
                .andExpect(content().string(containsString("Start a round")));

        mvc.perform(post("/teams/{id}/members/{account}/remove", teamId, nightMember)
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(teams.find(teamId).orElseThrow().hasMember(people.id("member")))
                .isFalse();
        mvc.perform(get("/teams/{id}", teamId).with(people.as("member"))).andExpect(status().isNotFound());
    }

    @Test
    void namesTheProblemWithAnUnknownPersonOrATakenTeamName() throws Exception {
        long customerCare = people.customerCare().id();

        mvc.perform(post("/teams/{id}/members", customerCare)
                        .param("username", "nobody-here")
                        .param("role", "MEMBER")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is no account with the username nobody-here.")));
        mvc.perform(post("/teams")
                        .param("name", "customer care")
                        .with(people.as("admin"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("There is already a team called")));
        mvc.perform(post("/teams").param("name", " ").with(people.as("admin")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the team")));
    }
}
