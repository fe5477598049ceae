package app.scorecard.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import app.scorecard.account.AccountService;
import app.scorecard.account.SignedInUser;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo profile's people and teams, as tests need them: ids, and MockMvc sign-ins as those real accounts. */
@Component
public class DemoPeople {

    private final AccountService accounts;
    private final TeamService teams;
    private final UserDetailsService userDetails;

    public DemoPeople(AccountService accounts, TeamService teams, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.teams = teams;
        this.userDetails = userDetails;
    }

    public long id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }

    /** Signs the request in as the demo account, with the same principal a real sign-in produces. */
    public RequestPostProcessor as(String username) {
        return user((SignedInUser) userDetails.loadUserByUsername(username));
    }

    /** "Customer Care": manager manages it, member is in it. */
    public TeamView customerCare() {
        return teams.teamsOf(id("member")).get(0);
    }

    /** "Field Service": manager2 manages it. */
    public TeamView fieldService() {
        return teams.teamsOf(id("manager2")).get(0);
    }
}
