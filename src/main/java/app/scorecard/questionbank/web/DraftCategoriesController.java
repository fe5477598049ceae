package app.scorecard.questionbank.web;

import static app.scorecard.questionbank.web.EditorPages.draftPath;
import static app.scorecard.questionbank.web.EditorPages.notice;
import static app.scorecard.questionbank.web.EditorPages.saveWeightedForm;
import static app.scorecard.questionbank.web.EditorPages.trim;

import app.scorecard.account.SignedInUser;
import app.scorecard.questionbank.internal.DraftCategories;
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
 * The categories of a set's draft, for admins only (the security configuration): added, changed, moved up or down and
 * removed, each through a plain form post.
 */
@Controller
@RequestMapping("/admin/question-sets")
class DraftCategoriesController {

    private final QuestionBankEditor editor;
    private final DraftCategories categories;

    DraftCategoriesController(QuestionBankEditor editor, DraftCategories categories) {
        this.editor = editor;
        this.categories = categories;
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
                () -> categories.checkCategory(key, categoryKey, form.name(), form.description(), null),
                weight -> {
                    categories.addCategory(
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
        return showCategoryForm(draft, category, CategoryForm.of(draft.category(category), draft.lockVersion()), model);
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
                () -> categories.checkCategory(key, null, form.name(), form.description(), null),
                weight -> {
                    categories.updateCategory(
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
        categories.moveCategory(key, lockVersion, category, Integer.signum(step), me.getUsername());
        return "redirect:" + draftPath(key) + "#cat-" + category;
    }

    @PostMapping("/{key}/draft/categories/{category}/remove")
    String removeCategory(
            @PathVariable String key,
            @PathVariable String category,
            @RequestParam long lockVersion,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        categories.removeCategory(key, lockVersion, category, me.getUsername());
        return notice(redirect, "bank.notice.removed", category, draftPath(key));
    }
}
