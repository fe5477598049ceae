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

    private TeamView named(String name) {
        return teams.all().stream()
                .filter(team -> team.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
