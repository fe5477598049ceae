package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;
import static app.scorecard.questionbank.web.EditorPages.reject;
import static app.scorecard.questionbank.web.EditorPages.setPath;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionBankEditor.BandInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A set's draft, for admins only (the security configuration): its page, its title, introduction and bands, publishing
 * and discarding it. Its categories, its questions, and its preview and diff have controllers of their own. Every change
 * is a plain form post, so all of it works without JavaScript; a refused change shows the form again with what was typed
 * and why, and a change based on an older draft gets a 409 page ({@link EditorPageAdvice}).
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftController {

    private final QuestionBankEditor editor;

    DraftController(QuestionBankEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/{key}/draft")
    String draft(@PathVariable String key, Model model) {
        DraftView draft = editor.draft(key);
        return showDraft(draft, DetailsForm.of(draft), BandsForm.of(draft), model);
    }

    private String showDraft(DraftView draft, DetailsForm details, BandsForm bands, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("detailsForm", details);
        model.addAttribute("bandsForm", bands);
        if (!model.containsAttribute("bandProblems")) {
            model.addAttribute("bandProblems", Map.of());
        }
        if (!model.containsAttribute("publishProblems")) {
            model.addAttribute("publishProblems", List.of());
        }
        return "questionbank/draft";
    }

    @PostMapping("/{key}/draft/details")
    String details(
            @PathVariable String key,
            @ModelAttribute("detailsForm") DetailsForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            editor.updateDetails(key, form.lockVersion(), form.title(), form.intro(), me.getUsername());
            return notice(redirect, "bank.notice.saved", key, draftPath(key));
        } catch (InvalidDraftException e) {
            reject(errors, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            DraftView draft = editor.draft(key);
            return showDraft(draft, form, BandsForm.of(draft), model);
        }
    }

    @PostMapping("/{key}/draft/bands")
    String bands(
            @PathVariable String key,
            @RequestParam long lockVersion,
            @RequestParam(name = "min", defaultValue = "") List<String> mins,
            @RequestParam(name = "label", defaultValue = "") List<String> labels,
            @RequestParam(defaultValue = "") String capBand,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        BandsForm form = new BandsForm(lockVersion, mins, labels, capBand);
        Map<String, String> problems = new LinkedHashMap<>();
        List<BandInput> rows = form.parse(problems);
        if (problems.isEmpty()) {
            try {
                editor.replaceBands(key, lockVersion, rows, capBand, me.getUsername());
                return notice(redirect, "bank.notice.saved", key, draftPath(key));
            } catch (InvalidDraftException e) {
                e.problems().forEach(problem -> problems.put(problem.field(), problem.message()));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("bandProblems", problems);
        DraftView draft = editor.draft(key);
        return showDraft(draft, DetailsForm.of(draft), form, model);
    }

    /**
     * Publishes the draft from its confirmation page, the review of its changes (a form posted without that page's
     * {@code confirm=yes} goes to the page and publishes nothing).
     */
    @PostMapping("/{key}/draft/publish")
    String publish(
            @PathVariable String key,
            @RequestParam long lockVersion,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (!"yes".equals(confirm)) {
            return "redirect:" + draftPath(key) + "/diff";
        }
        try {
            QuestionSetDefinition published = editor.publish(key, lockVersion, me.getUsername());
            redirect.addFlashAttribute("notice", "bank.notice.published");
            redirect.addFlashAttribute("noticeArgument", published.version());
            return "redirect:" + setPath(key);
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("publishProblems", e.problems());
            DraftView draft = editor.draft(key);
            return showDraft(draft, DetailsForm.of(draft), BandsForm.of(draft), model);
        }
    }

    @PostMapping("/{key}/draft/discard")
    String discard(
            @PathVariable String key,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            editor.discard(key, lockVersion, me.getUsername());
            return notice(redirect, "bank.notice.discarded", key, setPath(key));
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("publishProblems", e.problems());
            DraftView draft = editor.draft(key);
            return showDraft(draft, DetailsForm.of(draft), BandsForm.of(draft), model);
        }
    }
}
