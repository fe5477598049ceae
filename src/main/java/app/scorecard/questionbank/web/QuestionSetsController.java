package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.documentResponse;
import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;
import static app.scorecard.questionbank.web.EditorPages.reject;
import static app.scorecard.questionbank.web.EditorPages.setPath;
import static app.scorecard.questionbank.web.EditorPages.trim;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankDocuments;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import app.scorecard.questionbank.internal.QuestionSetLifecycle;
import app.scorecard.questionbank.internal.SetOverview;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The question bank's sets, for admins only (the security configuration): the list, a new set, a set's versions with
 * their documents, opening a draft, retiring and restoring, the audit log, and importing a document.
 */
@Controller
@RequestMapping("/admin/question-sets")
class QuestionSetsController {

    private final QuestionBankEditor editor;
    private final QuestionSetLifecycle lifecycle;
    private final QuestionBankDocuments documents;

    QuestionSetsController(QuestionBankEditor editor, QuestionSetLifecycle lifecycle, QuestionBankDocuments documents) {
        this.editor = editor;
        this.lifecycle = lifecycle;
        this.documents = documents;
    }

    // --- sets ---

    @GetMapping
    String sets(Model model) {
        return showSets(new NewSetForm("", ""), model);
    }

    @PostMapping
    String createSet(
            @ModelAttribute("newSetForm") NewSetForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        try {
            DraftView draft = editor.createSet(trim(form.key()), form.title(), me.getUsername());
            return "redirect:/admin/question-sets/" + draft.key() + "/draft";
        } catch (InvalidDraftException e) {
            reject(errors, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showSets(form, model);
        }
    }

    private String showSets(NewSetForm form, Model model) {
        model.addAttribute("sets", lifecycle.overview());
        model.addAttribute("newSetForm", form);
        return "questionbank/sets";
    }

    @GetMapping("/{key}")
    String set(@PathVariable String key, Model model) {
        model.addAttribute("set", lifecycle.overview(key));
        return "questionbank/set";
    }

    @PostMapping("/{key}/draft/open")
    String openDraft(@PathVariable String key, @AuthenticationPrincipal SignedInUser me) {
        editor.openDraft(key, me.getUsername());
        return "redirect:" + draftPath(key);
    }

    /** What retiring a set means, with the form that does it. */
    @GetMapping("/{key}/retire")
    String confirmRetire(@PathVariable String key, Model model) {
        SetOverview set = lifecycle.overview(key);
        if (set.retired()) {
            return "redirect:" + setPath(key);
        }
        model.addAttribute("set", set);
        return "questionbank/confirm-retire";
    }

    /** Retires the set from its confirmation page; a form posted without {@code confirm=yes} goes to that page. */
    @PostMapping("/{key}/retire")
    String retire(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            return "redirect:" + setPath(key) + "/retire";
        }
        lifecycle.retire(key, me.getUsername());
        return notice(redirect, "bank.notice.retired", key, setPath(key));
    }

    @PostMapping("/{key}/restore")
    String restore(@PathVariable String key, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        lifecycle.restore(key, me.getUsername());
        return notice(redirect, "bank.notice.restored", key, setPath(key));
    }

    @GetMapping("/{key}/audit")
    String audit(@PathVariable String key, Model model) {
        model.addAttribute("set", lifecycle.overview(key));
        model.addAttribute("entries", lifecycle.audit(key));
        return "questionbank/audit";
    }

    @GetMapping("/{key}/versions/{number}/document")
    ResponseEntity<String> document(@PathVariable String key, @PathVariable int number) {
        return documentResponse(key, number, documents.export(key, number));
    }

    // --- import ---

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("document", "");
        model.addAttribute("problems", List.of());
        return "questionbank/import";
    }

    @PostMapping("/import")
    String importDocument(
            @RequestParam(defaultValue = "") String document,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model)
            throws IOException {
        boolean fromFile = file != null && !file.isEmpty();
        try (InputStream input = fromFile
                ? file.getInputStream()
                : new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))) {
            DraftView draft = documents.importDocument(input, me.getUsername());
            return notice(redirect, "bank.notice.imported", draft.key(), draftPath(draft.key()));
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("document", fromFile ? "" : document);
            model.addAttribute("problems", e.problems());
            return "questionbank/import";
        }
    }
}
