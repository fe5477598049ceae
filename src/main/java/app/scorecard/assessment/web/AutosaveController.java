package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.Questionnaires;
import app.scorecard.assessment.Respondent;
import app.scorecard.assessment.internal.InvalidAnswersException;
import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.LinkInUseException;
import app.scorecard.assessment.internal.RoundClosedException;
import app.scorecard.assessment.internal.SavedDraft;
import app.scorecard.assessment.internal.StaleResponseException;
import app.scorecard.web.layout.DisplayDates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire page's background save: the same form, posted by its script with {@code action=autosave}, answered
 * with a little JSON the script shows as "Saved automatically …". Without the script, the page's own buttons do this.
 */
@RestController
class AutosaveController {

    private final Questionnaires questionnaires;
    private final DisplayDates dates;

    AutosaveController(Questionnaires questionnaires, DisplayDates dates) {
        this.questionnaires = questionnaires;
        this.dates = dates;
    }

    @PostMapping(path = "/responses/{id}", params = "action=autosave")
    ResponseEntity<Map<String, Object>> autosave(
            @PathVariable long id,
            @ModelAttribute("form") QuestionnaireForm form,
            @AuthenticationPrincipal SignedInUser me) {
        return save(new Respondent.WithAccount(id, me.getAccountId()), form);
    }

    @PostMapping(path = "/i/{token}", params = "action=autosave")
    ResponseEntity<Map<String, Object>> autosaveInvitation(
            @PathVariable String token,
            @ModelAttribute("form") QuestionnaireForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        return save(new Respondent.WithInvitation(token, BrowserSecret.ensure(request, response)), form);
    }

    private ResponseEntity<Map<String, Object>> save(Respondent respondent, QuestionnaireForm form) {
        try {
            SavedDraft saved = questionnaires.saveDraft(
                    respondent, form.getLockVersion(), form.getChoices(), form.getComments(), form.getTargets());
            if (saved.asksTargets()) {
                // the targets as kept, so that a script can tell what the draft holds beside "today"
                return ResponseEntity.ok(Map.of(
                        "lockVersion",
                        saved.lockVersion(),
                        "savedAt",
                        dates.minute(saved.savedAt()),
                        "targets",
                        saved.targets()));
            }
            return ResponseEntity.ok(
                    Map.of("lockVersion", saved.lockVersion(), "savedAt", dates.minute(saved.savedAt())));
        } catch (InvalidAnswersException e) {
            return ResponseEntity.unprocessableContent().body(Map.of("problem", "invalid"));
        } catch (StaleResponseException | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", "stale"));
        } catch (RoundClosedException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", "closed"));
        } catch (InvitationUnusableException e) {
            return ResponseEntity.status(HttpStatus.GONE).body(Map.of("problem", "gone"));
        } catch (LinkInUseException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", "in-use"));
        }
    }
}
