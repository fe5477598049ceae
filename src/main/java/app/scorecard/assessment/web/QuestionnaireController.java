package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.internal.InvalidAnswersException;
import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.LinkEnd;
import app.scorecard.assessment.internal.LinkInUseException;
import app.scorecard.assessment.internal.QuestionnaireView;
import app.scorecard.assessment.internal.RoundClosedException;
import app.scorecard.assessment.internal.StaleResponseException;
import app.scorecard.web.errors.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire, for signed-in people ({@code /responses/{id}}) and for holders of an invitation link
 * ({@code /i/{token}}): answer, save a draft, come back, submit ({@link AutosaveController} saves in the background).
 * Whatever goes wrong, the page comes back with exactly what the person typed and the problem named.
 */
@Controller
class QuestionnaireController {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireController.class);

    /** The parameter of the page shown right after a save, which then says the answers are saved. */
    private static final String SAVED = "saved";

    private final Questionnaires questionnaires;
    private final QuestionnairePage page;
    private final ResponseMetrics metrics;

    QuestionnaireController(Questionnaires questionnaires, QuestionnairePage page, ResponseMetrics metrics) {
        this.questionnaires = questionnaires;
        this.page = page;
        this.metrics = metrics;
    }

    @GetMapping("/responses/{id}")
    String show(
            @PathVariable long id, @AuthenticationPrincipal SignedInUser me, HttpServletRequest request, Model model) {
        return show(
                new Respondent.WithAccount(id, me.getAccountId()),
                "/responses/" + id,
                justSaved(request),
                false,
                model);
    }

    @GetMapping("/i/{token}")
    String showInvitation(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            return show(
                    new Respondent.WithInvitation(token, BrowserSecret.of(request)),
                    "/i/" + token,
                    justSaved(request),
                    request.getParameterMap().containsKey(DiscardDraftController.DISCARDED),
                    model);
        } catch (LinkInUseException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "assessment/link-in-use";
        }
    }

    /** {@code ?saved}, with or without a value. */
    private static boolean justSaved(HttpServletRequest request) {
        return request.getParameterMap().containsKey(SAVED);
    }

    @PostMapping("/responses/{id}")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") QuestionnaireForm form,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        return answer(
                new Respondent.WithAccount(id, me.getAccountId()), "/responses/" + id, action, form, response, model);
    }

    @PostMapping("/i/{token}")
    String answerInvitation(
            @PathVariable String token,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") QuestionnaireForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Respondent respondent = new Respondent.WithInvitation(token, BrowserSecret.ensure(request, response));
        return answer(respondent, "/i/" + token, action, form, response, model);
    }

    private String show(Respondent respondent, String action, boolean justSaved, boolean discarded, Model model) {
        QuestionnaireView view = questionnaires.open(respondent);
        if (justSaved) {
            model.addAttribute("notice", "questionnaire.saved");
        }
        if (discarded) {
            model.addAttribute("notice", "discard.done.link");
        }
        if (view.submitted()) {
            return "redirect:/rounds/" + view.roundId(); // a link's answered page comes from LinkEndPages
        }
        QuestionnaireForm form = QuestionnaireForm.of(view);
        return page.render(view, form, action, Map.of(), view.open() ? null : "questionnaire.closed", model);
    }

    private String answer(
            Respondent respondent,
            String action,
            String button,
            QuestionnaireForm form,
            HttpServletResponse response,
            Model model) {
        if (!form.hasValidSubmissionId()) {
            form.setSubmissionId(UUID.randomUUID().toString());
        }
        try {
            if (button.equals("submit")) {
                long roundId = questionnaires.submit(
                        respondent,
                        form.getLockVersion(),
                        form.getSubmissionId(),
                        form.getChoices(),
                        form.getComments(),
                        form.getTargets());
                metrics.submitted();
                return respondent instanceof Respondent.WithInvitation
                        ? "redirect:" + action + "?" + LinkEndPages.ANSWERED
                        : "redirect:/rounds/" + roundId;
            }
            questionnaires.saveDraft(
                    respondent, form.getLockVersion(), form.getChoices(), form.getComments(), form.getTargets());
            // said through the address, not a flash attribute: a link respondent needs no session (no row to write)
            return "redirect:" + action + "?" + SAVED;
        } catch (InvalidAnswersException e) {
            rejected(button, "invalid");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.render(
                    questionnaires.open(respondent),
                    form,
                    action,
                    e.sheet().problems(),
                    "questionnaire.problems",
                    model);
        } catch (RoundClosedException e) {
            rejected(button, "closed");
            response.setStatus(HttpStatus.CONFLICT.value());
            return page.render(questionnaires.open(respondent), form, action, Map.of(), "questionnaire.closed", model);
        } catch (LinkInUseException e) {
            // Another browser saved a draft through this link first: it is theirs. Nothing is stored; what this page
            // holds comes back, so that nothing typed is lost.
            rejected(button, "in-use");
            if (!page.canRenderUnsaved(form)) {
                throw e;
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            return page.renderUnsaved(form, action, "questionnaire.linkInUse", model);
        } catch (InvitationUnusableException e) {
            // The link died while the page was open (revoked, or the round closed): nothing is lost from the page.
            rejected(button, "gone");
            if (!page.canRenderUnsaved(form)) {
                throw e;
            }
            response.setStatus(HttpStatus.GONE.value());
            return page.renderUnsaved(form, action, LinkEndPages.whileOpen(e.end()), model);
        } catch (StaleResponseException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            QuestionnaireView current;
            try {
                current = questionnaires.open(respondent);
            } catch (LinkInUseException inUse) {
                // another browser's first save of this link won the race: the draft is theirs now
                rejected(button, "in-use");
                if (!page.canRenderUnsaved(form)) {
                    throw inUse;
                }
                response.setStatus(HttpStatus.CONFLICT.value());
                return page.renderUnsaved(form, action, "questionnaire.linkInUse", model);
            } catch (InvitationUnusableException gone) {
                if (gone.end().reason() != LinkEnd.Reason.ANSWERED) {
                    throw gone;
                }
                // another tab's submit of this link won the race: the answers are in, as this page meant
                return "redirect:" + action + "?" + LinkEndPages.ANSWERED;
            }
            if (current.submitted()) {
                // a signed-in person's; a link's answered page is LinkEndPages' (open refuses an answered link)
                return "redirect:/rounds/" + current.roundId();
            }
            // Keep what this page holds; saving again on purpose replaces what was saved elsewhere.
            rejected(button, "stale");
            form.setLockVersion(current.lockVersion());
            response.setStatus(HttpStatus.CONFLICT.value());
            return page.render(current, form, action, Map.of(), "questionnaire.stale", model);
        } catch (DataAccessException | TransactionException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The database is out of reach: say so, and hand back everything typed, ready to send again.
            log.warn("Answers could not be saved, the database is unavailable: {}", e.getMessage());
            rejected(button, "unavailable");
            if (!page.canRenderUnsaved(form)) {
                throw e; // the generic 503 page: without the questions in memory there is no form to hand back
            }
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page.renderUnsaved(form, action, "questionnaire.notSaved", model);
        }
    }

    private void rejected(String button, String reason) {
        if (button.equals("submit")) {
            metrics.rejected(reason);
        }
    }
}
