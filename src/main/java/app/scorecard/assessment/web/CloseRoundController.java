package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundNotFoundException;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.RoundMode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a team round, after a page that says what it means: how many answers count, that the results are then final,
 * and whether they will show. A form posted without that page's confirmation shows the page and closes nothing.
 */
@Controller
class CloseRoundController {

    private final Rounds rounds;
    private final AnonymityPolicy anonymity;

    CloseRoundController(Rounds rounds, AnonymityPolicy anonymity) {
        this.rounds = rounds;
        this.anonymity = anonymity;
    }

    @GetMapping("/rounds/{id}/close")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        RoundSummary round = closable(id, Viewer.of(me));
        if (!round.open()) {
            return "redirect:/rounds/" + id;
        }
        model.addAttribute("round", round);
        model.addAttribute("minimum", anonymity.minimum());
        model.addAttribute("enough", anonymity.minimumMet(round.responses()));
        return "assessment/confirm-close";
    }

    @PostMapping("/rounds/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Model model) {
        if (!Confirmation.given(confirm)) {
            return confirm(id, me, model);
        }
        closable(id, Viewer.of(me));
        rounds.close(id, Viewer.of(me));
        redirect.addFlashAttribute("notice", "round.closed");
        return "redirect:/rounds/" + id;
    }

    /** A team round the viewer runs (a self-assessment ends when it is submitted, or is discarded). */
    private RoundSummary closable(long id, Viewer viewer) {
        RoundSummary round = rounds.managedSummary(id, viewer, LocaleContextHolder.getLocale());
        if (round.mode() != RoundMode.TEAM) {
            throw new RoundNotFoundException("round", id);
        }
        return round;
    }
}
