package app.scorecard.questionbank.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.DraftConflictException;
import app.scorecard.questionbank.DraftProblem;
import app.scorecard.questionbank.DraftView;
import app.scorecard.questionbank.InvalidDraftException;
import app.scorecard.questionbank.QuestionBankDocuments;
import app.scorecard.questionbank.QuestionBankEditor;
import app.scorecard.questionbank.QuestionBankEditor.BandInput;
import app.scorecard.questionbank.QuestionBankRules;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.scoring.ScoringService;
import app.scorecard.web.ScaleOption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The question-bank editor, for admins only (the security configuration): sets and their versions, drafts with their
 * categories, questions and bands, a preview, a diff, publishing, retiring, import and export, and the audit log. Every
 * change is a plain form post, so all of it works without JavaScript; a refused change shows the form again with what
 * was typed and why.
 */
@Controller
@RequestMapping("/admin/question-sets")
class QuestionBankAdminController {

    private static final String SET_KEY_PATH = "/admin/question-sets/{key}";

    private final QuestionBankEditor editor;
    private final QuestionBankDocuments documents;
    private final ScoringService scoring = new ScoringService();

    QuestionBankAdminController(QuestionBankEditor editor, QuestionBankDocuments documents) {
        this.editor = editor;
        this.documents = documents;
    }

    @ModelAttribute("rules")
    Map<String, Object> rules() {
        return Map.of(
                "keyMin", QuestionBankRules.KEY_MIN_LENGTH,
                "keyMax", QuestionBankRules.KEY_MAX_LENGTH,
                "maxWeight", QuestionBankRules.MAX_WEIGHT.toPlainString(),
                "textMax", QuestionBankRules.QUESTION_TEXT_MAX_LENGTH);
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
        model.addAttribute("sets", editor.overview());
        model.addAttribute("newSetForm", form);
        return "questionbank/sets";
    }

    @GetMapping("/{key}")
    String set(@PathVariable String key, Model model) {
        model.addAttribute("set", editor.overview(key));
        return "questionbank/set";
    }

    @PostMapping("/{key}/draft/open")
    String openDraft(@PathVariable String key, @AuthenticationPrincipal SignedInUser me) {
        editor.openDraft(key, me.getUsername());
        return "redirect:" + draftPath(key);
    }

    @PostMapping("/{key}/retire")
    String retire(@PathVariable String key, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        editor.retire(key, me.getUsername());
        return notice(redirect, "bank.notice.retired", key, SET_KEY_PATH.replace("{key}", key));
    }

    @PostMapping("/{key}/restore")
    String restore(@PathVariable String key, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        editor.restore(key, me.getUsername());
        return notice(redirect, "bank.notice.restored", key, SET_KEY_PATH.replace("{key}", key));
    }

    @GetMapping("/{key}/audit")
    String audit(@PathVariable String key, Model model) {
        model.addAttribute("set", editor.overview(key));
        model.addAttribute("entries", editor.audit(key));
        return "questionbank/audit";
    }

    @GetMapping("/{key}/versions/{number}/document")
    ResponseEntity<String> document(@PathVariable String key, @PathVariable int number) {
        return documentResponse(key, number, documents.export(key, number));
    }

    static ResponseEntity<String> documentResponse(String key, int number, String yaml) {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(key + "-v" + number + ".yaml")
                                .build()
                                .toString())
                .body(yaml);
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
        BigDecimal weight = typedWeight(form.weight(), errors);
        if (errors.hasErrors()) {
            reject(errors, editor.checkCategory(key, trim(form.key()), form.name(), form.description(), null));
        } else {
            try {
                editor.addCategory(
                        key,
                        form.lockVersion(),
                        trim(form.key()),
                        form.name(),
                        form.description(),
                        weight,
                        me.getUsername());
                return notice(redirect, "bank.notice.categoryAdded", form.name(), draftPath(key));
            } catch (InvalidDraftException e) {
                reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showCategoryForm(editor.draft(key), null, form, model);
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
        BigDecimal weight = typedWeight(form.weight(), errors);
        if (errors.hasErrors()) {
            reject(errors, editor.checkCategory(key, null, form.name(), form.description(), null));
        } else {
            try {
                editor.updateCategory(
                        key, form.lockVersion(), category, form.name(), form.description(), weight, me.getUsername());
                return notice(redirect, "bank.notice.saved", key, draftPath(key));
            } catch (InvalidDraftException e) {
                reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showCategoryForm(editor.draft(key), category, form, model);
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
        BigDecimal weight = typedWeight(form.weight(), errors);
        if (errors.hasErrors()) {
            reject(errors, editor.checkQuestion(key, form.category(), trim(form.key()), form.content(null)));
        } else {
            try {
                editor.addQuestion(
                        key,
                        form.lockVersion(),
                        form.category(),
                        trim(form.key()),
                        form.content(weight),
                        me.getUsername());
                return notice(
                        redirect,
                        "bank.notice.questionAdded",
                        trim(form.key()),
                        draftPath(key) + "#q-" + trim(form.key()));
            } catch (InvalidDraftException e) {
                reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showQuestionForm(editor.draft(key), null, form, model);
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
        BigDecimal weight = typedWeight(form.weight(), errors);
        if (errors.hasErrors()) {
            reject(errors, editor.checkQuestion(key, form.category(), null, form.content(null)));
        } else {
            try {
                editor.updateQuestion(
                        key, form.lockVersion(), question, form.content(weight), form.trendValue(), me.getUsername());
                return notice(redirect, "bank.notice.saved", key, draftPath(key) + "#q-" + question);
            } catch (InvalidDraftException e) {
                reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return showQuestionForm(editor.draft(key), question, form, model);
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
            return "redirect:" + SET_KEY_PATH.replace("{key}", key);
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
            return notice(redirect, "bank.notice.discarded", key, SET_KEY_PATH.replace("{key}", key));
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

    private static String draftPath(String key) {
        return "/admin/question-sets/" + key + "/draft";
    }

    private static String notice(RedirectAttributes redirect, String notice, Object argument, String path) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", argument);
        return "redirect:" + path;
    }

    private static void reject(BindingResult errors, InvalidDraftException e) {
        reject(errors, e.problems());
    }

    /** Each problem on its field when the form has one, else above the form. */
    private static void reject(BindingResult errors, List<DraftProblem> problems) {
        for (DraftProblem problem : problems) {
            if (!problem.field().isEmpty() && errors.getFieldType(problem.field()) != null) {
                errors.rejectValue(problem.field(), "bank.refused", problem.message());
            } else {
                errors.reject("bank.refused", problem.message());
            }
        }
    }

    private static BigDecimal typedWeight(String typed, BindingResult errors) {
        Map<String, String> problems = new HashMap<>();
        BigDecimal weight = QuestionForms.weight(typed, problems);
        problems.forEach((field, message) -> errors.rejectValue(field, "bank.refused", message));
        return weight;
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
