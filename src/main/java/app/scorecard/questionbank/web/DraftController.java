package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;
import static app.scorecard.questionbank.web.EditorPages.reject;
import static app.scorecard.questionbank.web.EditorPages.saveWeightedForm;
import static app.scorecard.questionbank.web.EditorPages.setPath;
import static app.scorecard.questionbank.web.EditorPages.trim;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.DraftConflictException;
import app.scorecard.questionbank.DraftView;
import app.scorecard.questionbank.InvalidDraftException;
import app.scorecard.questionbank.QuestionBankEditor;
import app.scorecard.questionbank.QuestionBankEditor.BandInput;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.scoring.ScoringService;
import app.scorecard.web.ScaleOption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of a set's draft, for admins only (the security configuration): title, introduction and bands;
 * categories and questions added, changed, moved up or down and removed; the preview with sample scoring; the diff;
 * publishing and discarding. Every change is a plain form post, so all of it works without JavaScript; a refused change
 * shows the form again with what was typed and why, and a change based on an older draft gets a 409 page.
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftController {

    private final QuestionBankEditor editor;
    private final ScoringService scoring = new ScoringService();

    DraftController(QuestionBankEditor editor) {
        this.editor = editor;
    }

    @ModelAttribute("rules")
    Map<String, Object> rules() {
        return EditorPages.rules();
    }

    // --- the draft ---

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
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        BandsForm form = new BandsForm(lockVersion, mins, labels);
        Map<String, String> problems = new LinkedHashMap<>();
        List<BandInput> rows = form.parse(problems);
        if (problems.isEmpty()) {
            try {
                editor.replaceBands(key, lockVersion, rows, me.getUsername());
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

    @GetMapping("/{key}/draft/categories/new")
    String newCategory(@PathVariable String key, Model model) {
        DraftView draft = editor.draft(key);
        return showCategoryForm(draft, null, CategoryForm.empty(draft.lockVersion()), model);
    }

    @PostMapping("/{key}/draft/categories")
    String addCategory(
            @PathVariable String key,
            @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String categoryKey = trim(form.key());
        return saveWeightedForm(
                form.weight(),
                errors,
                response,
                () -> editor.checkCategory(key, categoryKey, form.name(), form.description(), null),
                weight -> {
                    editor.addCategory(
                            key,
                            form.lockVersion(),
                            categoryKey,
                            form.name(),
                            form.description(),
                            weight,
                            me.getUsername());
                    return notice(redirect, "bank.notice.categoryAdded", form.name(), draftPath(key));
                },
                () -> showCategoryForm(editor.draft(key), null, form, model));
    }

    @GetMapping("/{key}/draft/categories/{category}")
    String editCategory(@PathVariable String key, @PathVariable String category, Model model) {
        DraftView draft = editor.draft(key);
        var existing = draft.draft()
                .category(category)
                .orElseThrow(() -> new QuestionSetNotFoundException(key + "/" + category));
        return showCategoryForm(draft, category, CategoryForm.of(existing, draft.lockVersion()), model);
    }

    @PostMapping("/{key}/draft/categories/{category}")
    String updateCategory(
            @PathVariable String key,
            @PathVariable String category,
            @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        return saveWeightedForm(
                form.weight(),
                errors,
                response,
                () -> editor.checkCategory(key, null, form.name(), form.description(), null),
                weight -> {
                    editor.updateCategory(
                            key,
                            form.lockVersion(),
                            category,
                            form.name(),
                            form.description(),
                            weight,
                            me.getUsername());
                    return notice(redirect, "bank.notice.saved", key, draftPath(key));
                },
                () -> showCategoryForm(editor.draft(key), category, form, model));
    }

    private String showCategoryForm(DraftView draft, String categoryKey, CategoryForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("categoryKey", categoryKey);
        model.addAttribute("categoryForm", form);
        return "questionbank/category";
    }

    @PostMapping("/{key}/draft/categories/{category}/move")
    String moveCategory(
            @PathVariable String key,
            @PathVariable String category,
            @RequestParam long lockVersion,
            @RequestParam int step,
            @AuthenticationPrincipal SignedInUser me) {
        editor.moveCategory(key, lockVersion, category, Integer.signum(step), me.getUsername());
        return "redirect:" + draftPath(key) + "#cat-" + category;
    }

    @PostMapping("/{key}/draft/categories/{category}/remove")
    String removeCategory(
            @PathVariable String key,
            @PathVariable String category,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        editor.removeCategory(key, lockVersion, category, me.getUsername());
        return notice(redirect, "bank.notice.removed", category, draftPath(key));
    }

    @GetMapping("/{key}/draft/questions/new")
    String newQuestion(@PathVariable String key, @RequestParam String category, Model model) {
        DraftView draft = editor.draft(key);
        draft.draft().category(category).orElseThrow(() -> new QuestionSetNotFoundException(key + "/" + category));
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
                () -> editor.checkQuestion(key, form.category(), questionKey, form.content(null)),
                weight -> {
                    editor.addQuestion(
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
        QuestionDefinition existing = draft.draft()
                .question(question)
                .orElseThrow(() -> new QuestionSetNotFoundException(key + "/" + question));
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
                () -> editor.checkQuestion(key, form.category(), null, form.content(null)),
                weight -> {
                    editor.updateQuestion(
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
        editor.moveQuestion(key, lockVersion, question, Integer.signum(step), me.getUsername());
        return "redirect:" + draftPath(key) + "#q-" + question;
    }

    @PostMapping("/{key}/draft/questions/{question}/remove")
    String removeQuestion(
            @PathVariable String key,
            @PathVariable String question,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        editor.removeQuestion(key, lockVersion, question, me.getUsername());
        return notice(redirect, "bank.notice.removed", question, draftPath(key));
    }

    // --- preview, diff, publish, discard ---

    @GetMapping("/{key}/draft/preview")
    String preview(@PathVariable String key, Model model) {
        return showPreview(editor.draft(key), new PreviewForm(Map.of()), model);
    }

    @PostMapping("/{key}/draft/preview")
    String scorePreview(@PathVariable String key, HttpServletRequest request, Model model) {
        DraftView draft = editor.draft(key);
        Map<String, String> choices = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        for (QuestionDefinition question : draft.draft().questions()) {
            String value = request.getParameter("choices[" + question.key() + "]");
            if (value != null && value.matches("[1-5]")) {
                choices.put(question.key(), value);
                answers.put(question.key(), Integer.parseInt(value));
            } else if ("na".equals(value)) {
                choices.put(question.key(), value);
            }
        }
        model.addAttribute("scorecard", scoring.score(draft.draft().scoringModel(), answers));
        return showPreview(draft, new PreviewForm(choices), model);
    }

    private String showPreview(DraftView draft, PreviewForm form, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("version", draft.draft());
        model.addAttribute("form", form);
        model.addAttribute("problems", Map.of());
        model.addAttribute("scale", ScaleOption.ALL);
        model.addAttribute("commentMaxLength", 2000);
        return "questionbank/preview";
    }

    @GetMapping("/{key}/draft/diff")
    String diff(@PathVariable String key, Model model) {
        DraftView draft = editor.draft(key);
        model.addAttribute("draft", draft);
        model.addAttribute("diff", DraftDiff.of(draft.published(), draft.draft()));
        model.addAttribute("problems", editor.problems(draft));
        return "questionbank/diff";
    }

    @PostMapping("/{key}/draft/publish")
    String publish(
            @PathVariable String key,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
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

    /**
     * Someone else changed the draft after this form was opened: nothing was saved. The page says what they did and
     * shows what this person typed, so they can look at the draft again and redo their change.
     */
    @ExceptionHandler(DraftConflictException.class)
    String conflict(DraftConflictException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("lockVersion")) {
                String joined = String.join(" · ", values).strip();
                if (!joined.isEmpty()) {
                    typed.put(name, joined);
                }
            }
        });
        model.addAttribute("setKey", e.setKey());
        model.addAttribute("changes", e.changesSince());
        model.addAttribute("typed", typed);
        return "questionbank/conflict";
    }
}
