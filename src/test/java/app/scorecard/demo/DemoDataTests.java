package app.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.results.RoundMode;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ScorecardIntegrationTest
class DemoDataTests {

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    DemoData demoData;

    @Autowired
    Rounds rounds;

    @Autowired
    DemoPeople people;

    @Autowired
    MockMvc mvc;

    @Test
    void createsTheFourDemoAccountsWithTheirRoles() {
        assertThat(accounts.findByUsername("admin"))
                .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.ADMIN));
        assertThat(accounts.findByUsername("manager"))
                .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MANAGER));
        assertThat(accounts.findByUsername("manager2"))
                .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MANAGER));
        assertThat(accounts.findByUsername("member"))
                .hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.MEMBER));
    }

    @Test
    void putsTheManagerAndTheMemberInTheFirstTeamAndManager2InChargeOfTheSecond() {
        Account manager = accounts.findByUsername("manager").orElseThrow();
        Account manager2 = accounts.findByUsername("manager2").orElseThrow();
        Account member = accounts.findByUsername("member").orElseThrow();

        TeamView first = named(DemoData.FIRST_TEAM);
        TeamView second = named(DemoData.SECOND_TEAM);

        assertThat(first.members())
                .containsEntry(manager.id(), TeamRole.MANAGER)
                .containsEntry(member.id(), TeamRole.MEMBER)
                .doesNotContainKey(manager2.id());
        assertThat(second.isManagedBy(manager2.id())).isTrue();
        assertThat(second.hasMember(manager.id())).isFalse();
        assertThat(second.hasMember(member.id())).isFalse();
    }

    @Test
    void runsOnlyOnceOverTheSameDatabase() {
        long teamsBefore = teams.all().size();

        demoData.start();

        assertThat(teams.all()).hasSize((int) teamsBefore);
        assertThat(teams.all())
                .filteredOn(team -> team.name().equals(DemoData.FIRST_TEAM))
                .hasSize(1);
    }

    @Test
    void theManagersFoundationsSelfAssessmentMissesOneMustHaveAndAskedWhereTheTeamWantsToBe() throws Exception {
        RoundSummary round = rounds.ofTeam(people.customerCare().id(), new Viewer(people.id("manager"), false)).stream()
                .filter(summary -> summary.label().equals(DemoRounds.FOUNDATIONS_ROUND))
                .findFirst()
                .orElseThrow();
        assertThat(round.mode()).isEqualTo(RoundMode.SELF);
        assertThat(round.setKey()).isEqualTo("outstanding-service-foundations");
        assertThat(round.asksTargets()).isTrue();
        assertThat(round.open()).isFalse();

        // Today: categories 91.7, 75, 83.3, 81.25, 66.7, 75 → 78.8; in a year: 100, 100, 100, 93.75, 100, 93.75 → 97.9.
        // clear-service-goals is 3 today (50) and 5 in a year (100): the one must-have missed and the largest gap.
        mvc.perform(get("/api/v1/rounds/{id}/scorecard", round.id()).with(people.as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scorecard.overall").value(78.8))
                .andExpect(jsonPath("$.scorecard.bandBeforeCap").value("Striving for excellence"))
                .andExpect(jsonPath("$.scorecard.band").value("Inconsistent"))
                .andExpect(jsonPath("$.scorecard.mustHavesMet").value(false))
                .andExpect(jsonPath("$.scorecard.mustHaves.length()").value(20))
                .andExpect(jsonPath("$.scorecard.mustHaves[?(@.met == false)].question")
                        .value("clear-service-goals"))
                .andExpect(jsonPath("$.scorecard.target").value(97.9))
                .andExpect(jsonPath("$.scorecard.ambitionGaps[0].question").value("clear-service-goals"));
    }

    private TeamView named(String name) {
        return teams.all().stream()
                .filter(team -> team.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
