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
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo accounts and teams once, on the first start with the {@code demo} profile: the manager and the
 * member in "Customer Care" (where answers through links the manager hands out count), manager2 managing "Field
 * Service" (where they do not, the default), a year of quarterly history for both teams ({@link DemoHistory}) and two
 * team rounds of Customer Care ({@link DemoRounds}). It is all there before the web server takes its first request: it
 * is made while the application context starts, in a lifecycle phase before the web server's (after every bean is
 * ready, the question bank imported), not by a runner, which runs only once the server answers.
 */
@Component
@Profile("demo")
class DemoData implements SmartLifecycle {

    /** Before the web server, which starts in a phase close to {@link Integer#MAX_VALUE}. */
    static final int PHASE = 0;

    static final String FIRST_TEAM = "Customer Care";
    static final String SECOND_TEAM = "Field Service";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final TeamService teams;
    private final DemoHistory history;
    private final DemoRounds rounds;
    private volatile boolean running;

    DemoData(AccountService accounts, TeamService teams, DemoHistory history, DemoRounds rounds) {
        this.accounts = accounts;
        this.teams = teams;
        this.history = history;
        this.rounds = rounds;
    }

    @Override
    @Transactional
    public void start() {
        running = true;
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

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
