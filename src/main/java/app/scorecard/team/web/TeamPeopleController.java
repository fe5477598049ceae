package app.scorecard.team.web;

import app.scorecard.account.AccountService;
import app.scorecard.account.AccountService.Matches;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding people to add to a team (admins only, by the security configuration): the active accounts not in it yet whose
 * name or username contains what the admin typed, any case, each with buttons that add them. A plain search form and
 * plain buttons, so no script is needed; at most {@value #SHOWN} at a time, with a hint to narrow the search.
 */
@Controller
class TeamPeopleController {

    static final int SHOWN = 20;

    private final TeamService teams;
    private final AccountService accounts;

    TeamPeopleController(TeamService teams, AccountService accounts) {
        this.teams = teams;
        this.accounts = accounts;
    }

    @GetMapping("/teams/{id}/people")
    String search(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        TeamView team = teams.find(id).orElseThrow(() -> new TeamNotFoundException(id));
        Matches matches = accounts.searchActive(q, team.members().keySet(), SHOWN);
        model.addAttribute("team", team);
        model.addAttribute("q", q);
        model.addAttribute("matches", matches);
        model.addAttribute("shown", SHOWN);
        return "team/people";
    }
}
