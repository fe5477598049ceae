package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;
import static app.scorecard.questionbank.web.EditorPages.saveWeightedForm;
import static app.scorecard.questionbank.web.EditorPages.trim;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.DraftQuestions;
import app.scorecard.questionbank.internal.DraftView;
import app.scorecard.questionbank.internal.QuestionBankEditor;
import jakarta.servlet.http.HttpServletResponse;
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
 * The questions of a set's draft, for admins only (the security configuration): added, changed (saying whether a
 * rewording keeps the trend), moved up or down and removed, each through a plain form post.
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftQuestionsController {

    private final QuestionBankEditor editor;
    private final DraftQuestions questions;

    DraftQuestionsController(QuestionBankEditor editor, DraftQuestions questions) {
        this.editor = editor;
        this.questions = questions;
    }

    @GetMapping("/{key}/draft/questions/new")
    String newQuestion(@PathVariable String key, @RequestParam String category, Model model) {
        DraftView draft = editor.draft(key);
        draft.category(category); // a category the draft lacks is a 404, not an empty form
        return showQuestionForm(draft, null, QuestionForm.empty(category, draft.lockVersion()), model);
    }

    @PostMapping("/{key}/draft/questions")
    String addQuestion(
            @PathVariable String key,
            @ModelAttribute("questionForm") QuestionForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String questionKey = trim(form.key());
        return saveWeightedForm(
                form.weight(),
                errors,
                response,
                () -> questions.checkQuestion(key, form.category(), questionKey, form.content(null)),
                weight -> {
                    questions.addQuestion(
                            key,
                            form.lockVersion(),
                            form.category(),
                            questionKey,
                            form.content(weight),
                            me.getUsername());
                    return notice(
                            redirect, "bank.notice.questionAdded", questionKey, draftPath(key) + "#q-" + questionKey);
                },
                () -> showQuestionForm(editor.draft(key), null, form, model));
    }

    @GetMapping("/{key}/draft/questions/{question}")
    String editQuestion(@PathVariable String key, @PathVariable String question, Model model) {
        DraftView draft = editor.draft(key);
        QuestionDefinition existing = draft.question(question);
        String category = draft.draft().categories().stream()
                .filter(c -> c.questions().contains(existing))
                .findFirst()
                .orElseThrow()
                .key();
        return showQuestionForm(draft, question, QuestionForm.of(existing, category, draft), model);
    }

    @PostMapping("/{key}/draft/questions/{question}")
    String updateQuestion(
            @PathVariable String key,
            @PathVariable String question,
            @ModelAttribute("questionForm") QuestionForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return saveWeightedForm(
                form.weight(),
                errors,
                response,
                () -> questions.checkQuestion(key, form.category(), null, form.content(null)),
                weight -> {
                    questions.updateQuestion(
                            key,
                            form.lockVersion(),
                            question,
                            form.content(weight),
                            form.trendValue(),
                            me.getUsername());
                    return notice(redirect, "bank.notice.saved", key, draftPath(key) + "#q-" + question);
                },
                () -> showQuestionForm(editor.draft(key), question, form, model));
    }

    private String showQuestionForm(DraftView draft, String questionKey, QuestionForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("questionKey", questionKey);
        model.addAttribute("questionForm", form);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute(
                "published",
                questionKey == null || draft.published() == null
                        ? null
                        : draft.published().question(questionKey).orElse(null));
        return "questionbank/question";
    }

    @PostMapping("/{key}/draft/questions/{question}/move")
    String moveQuestion(
            @PathVariable String key,
            @PathVariable String question,
            @RequestParam long lockVersion,
            @RequestParam int step,
            @AuthenticationPrincipal SignedInUser me) {
        questions.moveQuestion(key, lockVersion, question, Integer.signum(step), me.getUsername());
        return "redirect:" + draftPath(key) + "#q-" + question;
    }

    @PostMapping("/{key}/draft/questions/{question}/remove")
    String removeQuestion(
            @PathVariable String key,
            @PathVariable String question,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        questions.removeQuestion(key, lockVersion, question, me.getUsername());
        return notice(redirect, "bank.notice.removed", question, draftPath(key));
    }
}
