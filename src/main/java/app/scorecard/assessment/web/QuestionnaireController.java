package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.Answer;
import app.scorecard.assessment.InvalidAnswersException;
import app.scorecard.assessment.QuestionnaireView;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.StaleResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire: answer, save a draft, come back, submit. Whatever goes wrong, the page comes back with exactly
 * what the person typed and the problem named beside the question.
 */
@Controller
@RequestMapping("/responses/{id}")
class QuestionnaireController {

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        QuestionnaireView view = questionnaires.open(id, me.getAccountId());
        if (view.submitted()) {
            return "redirect:/rounds/" + view.roundId();
        }
        QuestionnaireForm form = new QuestionnaireForm();
        form.setLockVersion(view.lockVersion());
        view.answers().forEach((key, answer) -> {
            form.getChoices().put(key, answer.choice());
            if (answer.comment() != null) {
                form.getComments().put(key, answer.comment());
            }
        });
        return render(view, form, Map.of(), null, model);
    }

    @PostMapping
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") QuestionnaireForm form,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long viewer = me.getAccountId();
        if (!form.hasValidSubmissionId()) {
            form.setSubmissionId(UUID.randomUUID().toString());
        }
        try {
            if (action.equals("submit")) {
                long roundId = questionnaires.submit(
                        id,
                        viewer,
                        form.getLockVersion(),
                        form.getSubmissionId(),
                        form.getChoices(),
                        form.getComments());
                return "redirect:/rounds/" + roundId;
            }
            questionnaires.saveDraft(id, viewer, form.getLockVersion(), form.getChoices(), form.getComments());
            redirect.addFlashAttribute("notice", "questionnaire.saved");
            return "redirect:/responses/" + id;
        } catch (InvalidAnswersException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(questionnaires.open(id, viewer), form, e.sheet().problems(), "questionnaire.problems", model);
        } catch (StaleResponseException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            QuestionnaireView current = questionnaires.open(id, viewer);
            if (current.submitted()) {
                return "redirect:/rounds/" + current.roundId();
            }
            // Keep what this page holds; saving again on purpose replaces what was saved elsewhere.
            form.setLockVersion(current.lockVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(current, form, Map.of(), "questionnaire.stale", model);
        }
    }

    private String render(
            QuestionnaireView view,
            QuestionnaireForm form,
            Map<String, String> problems,
            String messageKey,
            Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("message", messageKey);
        model.addAttribute("scale", ScaleOption.ALL);
        model.addAttribute("commentMaxLength", Answer.COMMENT_MAX_LENGTH);
        return "assessment/questionnaire";
    }
}
