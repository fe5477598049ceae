package app.scorecard.team.web;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.SignedInUser;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import app.scorecard.team.internal.InvalidTeamException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Teams: admins create them and place people in them; everyone else sees the teams they belong to. Changing a team is
 * for admins only (the security configuration), seeing one for its members and admins (checked here).
 */
@Controller
@RequestMapping("/teams")
class TeamController {

    private final TeamService teams;
    private final AccountService accounts;

    TeamController(TeamService teams, AccountService accounts) {
        this.teams = teams;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("teams", me.isAdmin() ? teams.all() : teams.teamsOf(me.getAccountId()));
        model.addAttribute("newTeamForm", new NewTeamForm(""));
        return "team/list";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute NewTeamForm newTeamForm,
            BindingResult errors,
            HttpServletResponse response,
            Model model) {
        if (!errors.hasErrors()) {
            try {
                TeamView team = teams.create(newTeamForm.name());
                return "redirect:/teams/" + team.id();
            } catch (InvalidTeamException e) {
                errors.rejectValue("name", e.messageKey(), e.arguments(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("teams", teams.all());
        return "team/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        TeamView team = visibleTeam(id, me);
        return showTeam(team, MemberForm.empty(), model);
    }

    /**
     * Places a person in the team, or gives a member another role. From the search for people to add ({@code q}
     * given), back to that search; a deactivated account is not added.
     */
    @PostMapping("/{id}/members")
    String place(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute MemberForm memberForm,
            BindingResult errors,
            @RequestParam(required = false) String q,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TeamView team = visibleTeam(id, me);
        if (!errors.hasErrors()) {
            var account = accounts.findByUsername(memberForm.username());
            if (account.isEmpty()) {
                errors.rejectValue("username", "team.member.unknown", new Object[] {memberForm.username()}, null);
            } else if (!account.get().active() && !team.hasMember(account.get().id())) {
                errors.rejectValue(
                        "username",
                        "team.member.deactivated",
                        new Object[] {account.get().username()},
                        null);
            } else {
                teams.place(id, account.get().id(), memberForm.role());
                redirect.addFlashAttribute("notice", "team.member.placed");
                redirect.addFlashAttribute("noticeArgument", account.get().displayName());
                if (q != null) {
                    redirect.addAttribute("q", q);
                    return "redirect:/teams/" + id + "/people";
                }
                return "redirect:/teams/" + id;
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showTeam(team, memberForm, model);
    }

    @PostMapping("/{id}/members/{accountId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long accountId,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        visibleTeam(id, me);
        teams.remove(id, accountId);
        redirect.addFlashAttribute("notice", "team.member.removed");
        return "redirect:/teams/" + id;
    }

    private String showTeam(TeamView team, MemberForm memberForm, Model model) {
        Map<Long, Account> people = accounts.findAllById(team.members().keySet()).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        List<TeamMemberRow> members = team.members().entrySet().stream()
                .filter(entry -> people.containsKey(entry.getKey()))
                .map(entry -> {
                    Account person = people.get(entry.getKey());
                    return new TeamMemberRow(
                            person.id(), person.username(), person.displayName(), entry.getValue(), person.active());
                })
                .sorted(Comparator.comparing(TeamMemberRow::role).thenComparing(TeamMemberRow::displayName))
                .toList();
        model.addAttribute("team", team);
        model.addAttribute("members", members);
        model.addAttribute("memberForm", memberForm);
        return "team/show";
    }

    /** Admins see every team; others only teams they belong to. Any other team does not exist for them. */
    private TeamView visibleTeam(long id, SignedInUser me) {
        return teams.find(id)
                .filter(team -> me.isAdmin() || team.hasMember(me.getAccountId()))
                .orElseThrow(() -> new TeamNotFoundException(id));
    }
}
