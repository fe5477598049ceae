package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.internal.DraftProblem;
import app.scorecard.questionbank.internal.DraftTranslations;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft's texts in one language beside English, for admins only (the security configuration): every text a reader
 * meets, each beside its English original, saved in one plain form post. A text left empty reads in English.
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftTranslationsController {

    private final QuestionBankEditor editor;
    private final DraftTranslations translations;

    DraftTranslationsController(QuestionBankEditor editor, DraftTranslations translations) {
        this.editor = editor;
        this.translations = translations;
    }

    @GetMapping("/{key}/draft/translations/{language}")
    String form(@PathVariable String key, @PathVariable String language, Model model) {
        DraftView draft = editor.draft(key);
        DraftTranslations.requireLanguage(key, language);
        TranslationForm form = TranslationForm.of(draft.draft().translations().in(language), draft.lockVersion());
        return show(draft, language, form, Map.of(), model);
    }

    @PostMapping("/{key}/draft/translations/{language}")
    String save(
            @PathVariable String key,
            @PathVariable String language,
            @ModelAttribute("translationForm") TranslationForm form,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            translations.update(key, form.getLockVersion(), language, form.getTexts(), me.getUsername());
            return notice(redirect, "bank.notice.saved", key, draftPath(key) + "#translations");
        } catch (InvalidDraftException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> problems = new LinkedHashMap<>();
            for (DraftProblem problem : e.problems()) {
                problems.merge(problem.field(), problem.message(), (first, second) -> first + "; " + second);
            }
            return show(editor.draft(key), language, form, problems, model);
        }
    }

    private String show(
            DraftView draft, String language, TranslationForm form, Map<String, String> problems, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("language", language);
        model.addAttribute("translationForm", form);
        model.addAttribute("problems", problems);
        model.addAttribute("page", TranslationPage.of(draft.draft(), language, form.getTexts(), problems));
        return "questionbank/translations";
    }
}
