package app.scorecard.questionbank.web;

import app.scorecard.questionbank.internal.DraftConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the question-bank editor gets: the limits its forms show beside their fields, and the 409 page when
 * a change was based on an older state of the draft.
 */
@ControllerAdvice(
        assignableTypes = {
            QuestionSetsController.class,
            DraftController.class,
            DraftCategoriesController.class,
            DraftQuestionsController.class,
            DraftTranslationsController.class,
            DraftPreviewController.class
        })
class EditorPageAdvice {

    @ModelAttribute("rules")
    Map<String, Object> rules() {
        return EditorPages.rules();
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
