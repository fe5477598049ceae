package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.ResponseDrafts;
import app.scorecard.assessment.internal.DraftToDiscard;
import app.scorecard.assessment.internal.LinkInUseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discarding one's own draft, after a page that says what goes: a signed-in person's ({@code /responses/{id}/discard})
 * or a link's, from the browser that saved it ({@code /i/{token}/discard}). With nothing to discard, both go back to
 * the questionnaire; a form posted without the page's confirmation shows the page and discards nothing.
 */
@Controller
class DiscardDraftController {

    /** The parameter of a link's questionnaire shown right after its draft was discarded. */
    static final String DISCARDED = "discarded";

    private static final String VIEW = "assessment/confirm-discard";

    private final ResponseDrafts drafts;

    DiscardDraftController(ResponseDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/responses/{id}/discard")
    String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        String questionnaire = "/responses/" + id;
        return page(drafts.toDiscard(new Respondent.WithAccount(id, me.getAccountId())), questionnaire, model);
    }

    @PostMapping("/responses/{id}/discard")
    String discard(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Model model) {
        if (!Confirmation.given(confirm)) {
            return confirm(id, me, model);
        }
        Optional<DraftToDiscard> discarded = drafts.discard(new Respondent.WithAccount(id, me.getAccountId()));
        if (discarded.isEmpty()) {
            return "redirect:/responses/" + id;
        }
        DraftToDiscard draft = discarded.get();
        redirect.addFlashAttribute("notice", draft.selfAssessment() ? "discard.done.self" : "discard.done.team");
        return draft.selfAssessment() ? "redirect:/" : "redirect:/rounds/" + draft.roundId();
    }

    @GetMapping("/i/{token}/discard")
    String confirmLink(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            return page(drafts.toDiscard(linkHolder(token, request)), "/i/" + token, model);
        } catch (LinkInUseException e) {
            return linkInUse(response);
        }
    }

    @PostMapping("/i/{token}/discard")
    String discardLink(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!Confirmation.given(confirm)) {
            return confirmLink(token, request, response, model);
        }
        try {
            return drafts.discard(linkHolder(token, request)).isPresent()
                    ? "redirect:/i/" + token + "?" + DISCARDED
                    : "redirect:/i/" + token;
        } catch (LinkInUseException e) {
            return linkInUse(response);
        }
    }

    /** Whoever holds the link, in this browser: only the browser that saved the draft reaches it. */
    private static Respondent linkHolder(String token, HttpServletRequest request) {
        return new Respondent.WithInvitation(token, BrowserSecret.of(request));
    }

    private static String page(Optional<DraftToDiscard> draft, String questionnaire, Model model) {
        if (draft.isEmpty()) {
            return "redirect:" + questionnaire;
        }
        model.addAttribute("draft", draft.get());
        model.addAttribute("questionnaire", questionnaire);
        model.addAttribute("throughLink", questionnaire.startsWith("/i/"));
        return VIEW;
    }

    private static String linkInUse(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "assessment/link-in-use";
    }
}
