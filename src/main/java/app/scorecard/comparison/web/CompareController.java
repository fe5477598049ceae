package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.comparison.ActionPlans;
import app.scorecard.comparison.ActionView;
import app.scorecard.comparison.RoundComparer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.team.TeamService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two finished rounds of a team, of the same question set and kind, side by side: per category and per question the two scores, the change and whether
 * it is real or too small to tell; for the people who run the team, the earlier round's actions beside the questions
 * they were about.
 */
@Controller
class CompareController {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final ActionPlans actionPlans;
    private final RoundComparer comparer = new RoundComparer();

    CompareController(RoundHistory history, TeamService teams, QuestionBank questionBank, ActionPlans actionPlans) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
        this.actionPlans = actionPlans;
    }

    @GetMapping("/teams/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam long a,
            @RequestParam long b,
            @AuthenticationPrincipal SignedInUser me,
            Model model,
            Locale locale) {
        Viewer viewer = Viewer.of(me);
        List<FinishedRound> pair = history.twoOfTeam(id, a, b, viewer, locale);
        FinishedRound first = pair.get(0);
        FinishedRound second = pair.get(1);
        if (!RoundGroup.sameGroup(first, second)) {
            // a self-assessment beside a team round, or two different sets: not a change anyone can read
            return "redirect:/teams/" + id + "/history?a=" + a + "&b=" + b + "&mismatch=true#compare";
        }
        // the words in the reader's language; which questions compare goes by keys and trends, the same in every one
        var comparison = comparer.compare(
                first,
                questionBank.definition(first.versionId()).in(locale),
                second,
                questionBank.definition(second.versionId()).in(locale));
        var team = teams.find(id).orElseThrow();
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        Map<String, List<ActionView>> actions = manages
                ? actionPlans.ofCheckedRound(comparison.before().roundId()).stream()
                        .collect(Collectors.groupingBy(ActionView::questionKey))
                : Map.of();
        model.addAttribute("team", team);
        model.addAttribute("comparison", comparison);
        model.addAttribute("actions", actions);
        model.addAttribute(
                "bothShown", comparison.before().shown() && comparison.after().shown());
        return "comparison/compare";
    }
}
