package app.scorecard.questionbank.web;

import app.scorecard.questionbank.internal.DraftProblem;
import app.scorecard.questionbank.internal.InvalidDraftException;
import app.scorecard.questionbank.internal.QuestionBankRules;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the question-bank editor's controllers share: paths, notices, refusals onto form fields, weighted forms. */
final class EditorPages {

    private static final String SET_KEY_PATH = "/admin/question-sets/{key}";

    private EditorPages() {}

    /** The limits the forms show beside their fields. */
    static Map<String, Object> rules() {
        return Map.of(
                "keyMin", QuestionBankRules.KEY_MIN_LENGTH,
                "keyMax", QuestionBankRules.KEY_MAX_LENGTH,
                "maxWeight", QuestionBankRules.MAX_WEIGHT.toPlainString(),
                "textMax", QuestionBankRules.QUESTION_TEXT_MAX_LENGTH);
    }

    /** A version as a downloadable document. */
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

    static String setPath(String key) {
        return SET_KEY_PATH.replace("{key}", key);
    }

    static String draftPath(String key) {
        return "/admin/question-sets/" + key + "/draft";
    }

    static String notice(RedirectAttributes redirect, String notice, Object argument, String path) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", argument);
        return "redirect:" + path;
    }

    static void reject(BindingResult errors, InvalidDraftException e) {
        reject(errors, e.problems());
    }

    /** Each problem on its field when the form has one, else above the form. */
    static void reject(BindingResult errors, List<DraftProblem> problems) {
        for (DraftProblem problem : problems) {
            if (!problem.field().isEmpty() && errors.getFieldType(problem.field()) != null) {
                errors.rejectValue(problem.field(), "bank.refused", problem.message());
            } else {
                errors.reject("bank.refused", problem.message());
            }
        }
    }

    /**
     * A category or question form posted: a weight that is not a number is refused together with whatever else the
     * editor would refuse, so every problem shows at once; otherwise the change is made. A refused change shows the form
     * again (422) with what was typed and why; a change based on an older draft goes on to the conflict page.
     *
     * @param check what the editor would refuse, without changing anything
     * @param save makes the change with the weight as a number and says where to go next
     * @param form the form again
     */
    static String saveWeightedForm(
            String typedWeight,
            BindingResult errors,
            HttpServletResponse response,
            Supplier<List<DraftProblem>> check,
            Function<BigDecimal, String> save,
            Supplier<String> form) {
        BigDecimal weight = typedWeight(typedWeight, errors);
        if (errors.hasErrors()) {
            reject(errors, check.get());
        } else {
            try {
                return save.apply(weight);
            } catch (InvalidDraftException e) {
                reject(errors, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form.get();
    }

    private static BigDecimal typedWeight(String typed, BindingResult errors) {
        Map<String, String> problems = new HashMap<>();
        BigDecimal weight = QuestionForms.weight(typed, problems);
        problems.forEach((field, message) -> errors.rejectValue(field, "bank.refused", message));
        return weight;
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
