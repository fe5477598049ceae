package app.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.ScorecardIntegrationTest;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

@ScorecardIntegrationTest
class DemoDataTests {

    @Autowired
    AccountService accounts;

    @Autowired
    TeamService teams;

    @Autowired
    DemoData demoData;

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

        TeamView first = teams.teamsOf(member.id()).get(0);
        assertThat(first.name()).isEqualTo(DemoData.FIRST_TEAM);
        assertThat(first.members())
                .containsOnly(
                        java.util.Map.entry(manager.id(), TeamRole.MANAGER),
                        java.util.Map.entry(member.id(), TeamRole.MEMBER));
        assertThat(teams.teamsOf(manager2.id())).singleElement().satisfies(team -> {
            assertThat(team.name()).isEqualTo(DemoData.SECOND_TEAM);
            assertThat(team.isManagedBy(manager2.id())).isTrue();
            assertThat(team.hasMember(manager.id())).isFalse();
        });
    }

    @Test
    void runsOnlyOnceOverTheSameDatabase() {
        ApplicationArguments none = new DefaultApplicationArguments();

        demoData.run(none);

        assertThat(teams.teamsOf(
                        accounts.findByUsername("manager").orElseThrow().id()))
                .hasSize(1);
    }
}
