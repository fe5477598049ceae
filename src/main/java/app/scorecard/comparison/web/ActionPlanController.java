package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.comparison.internal.ActionLine;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.comparison.internal.ActionStatus;
import app.scorecard.comparison.internal.InvalidActionException;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A finished round's action plan: what the team will do about its gaps, who, by when, and how far it got. */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final RoundHistory history;
    private final QuestionBank questionBank;
    private final Clock clock;

    ActionPlanController(ActionPlans plans, RoundHistory history, QuestionBank questionBank, Clock clock) {
        this.plans = plans;
        this.history = history;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    @GetMapping("/rounds/{id}/actions")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        Viewer viewer = Viewer.of(me);
        var actions = plans.of(id, viewer);
        FinishedRound round = history.of(id, viewer, locale);
        var version = questionBank.definition(round.versionId()).in(locale);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        model.addAttribute(
                "actions",
                actions.stream()
                        .map(action -> ActionLine.of(action, round.label(), version, today))
                        .toList());
        // The questions to act on, the biggest gaps first.
        List<Choice> questions = version.questions().stream()
                .map(question -> new Choice(question, score(round, question)))
                .sorted(Comparator.comparing(Choice::score, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("round", round);
        model.addAttribute("questions", questions);
        model.addAttribute("statuses", ActionStatus.values());
        return "comparison/actions";
    }

    @PostMapping("/rounds/{id}/actions")
    String record(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String owner,
            @RequestParam(defaultValue = "") String dueOn,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        try {
            LocalDate due = dueOn.isBlank() ? null : LocalDate.parse(dueOn);
            plans.record(id, Viewer.of(me), question, what, owner, due);
            redirect.addFlashAttribute("notice", "actions.recorded");
        } catch (InvalidActionException e) {
            redirect.addFlashAttribute("actionProblem", e.messageKey());
            redirect.addFlashAttribute("typed", new Typed(question, what, owner, dueOn));
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("actionProblem", "actions.dueInvalid");
            redirect.addFlashAttribute("typed", new Typed(question, what, owner, dueOn));
        }
        return "redirect:/rounds/" + id + "/actions";
    }

    @PostMapping("/rounds/{id}/actions/{actionId}")
    String move(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam ActionStatus status,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        plans.move(id, actionId, status, lockVersion, Viewer.of(me));
        redirect.addFlashAttribute("notice", "actions.moved");
        return "redirect:/rounds/" + id + "/actions";
    }

    private static BigDecimal score(FinishedRound round, QuestionDefinition question) {
        ScoreStat stat = round.items().get(question.key());
        return stat == null ? null : stat.score();
    }

    public record Choice(QuestionDefinition question, BigDecimal score) {}

    /** What was typed into a refused form, shown again. */
    public record Typed(String question, String what, String owner, String dueOn) {}
}
