package app.scorecard.demo;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo accounts and teams once, on the first start with the {@code demo} profile: the manager and the
 * member in "Customer Care" (where answers through links the manager hands out count), manager2 managing "Field
 * Service" (where they do not, the default), a year of quarterly history for both teams ({@link DemoHistory}) and two
 * team rounds of Customer Care ({@link DemoRounds}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String FIRST_TEAM = "Customer Care";
    static final String SECOND_TEAM = "Field Service";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final TeamService teams;
    private final DemoHistory history;
    private final DemoRounds rounds;

    DemoData(AccountService accounts, TeamService teams, DemoHistory history, DemoRounds rounds) {
        this.accounts = accounts;
        this.teams = teams;
        this.history = history;
        this.rounds = rounds;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("admin").isPresent()) {
            return;
        }
        accounts.createDemoAccount("admin", "Ada Admin", "admin", Set.of(Role.ADMIN));
        Account manager = accounts.createDemoAccount("manager", "Maya Manager", "manager", Set.of(Role.MANAGER));
        Account manager2 = accounts.createDemoAccount("manager2", "Theo Manager", "manager2", Set.of(Role.MANAGER));
        Account member = accounts.createDemoAccount("member", "Mo Member", "member", Set.of(Role.MEMBER));

        TeamView customerCare = teams.create(FIRST_TEAM);
        teams.place(customerCare.id(), manager.id(), TeamRole.MANAGER);
        teams.place(customerCare.id(), member.id(), TeamRole.MEMBER);
        // The demo hands out links itself, so their answers count for this team — what an admin may choose.
        teams.countManagerHeldLinks(customerCare.id(), true);
        TeamView fieldService = teams.create(SECOND_TEAM);
        teams.place(fieldService.id(), manager2.id(), TeamRole.MANAGER);
        history.create(manager.id(), customerCare.id(), manager2.id(), fieldService.id());
        rounds.create(manager.id(), customerCare.id());
        log.warn("Demo data created: accounts admin, manager, manager2 and member (password = username). "
                + "Never use the demo profile with real data.");
    }
}
