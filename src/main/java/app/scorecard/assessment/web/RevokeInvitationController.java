package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.RoundNotFoundException;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.assessment.Rounds;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revoking an invitation link, after a page that says what it means: the link stops working at once and its holder is
 * told it was withdrawn. A form posted without that page's confirmation shows the page and revokes nothing.
 */
@Controller
class RevokeInvitationController {

    private final Rounds rounds;
    private final Invitations invitations;

    RevokeInvitationController(Rounds rounds, Invitations invitations) {
        this.rounds = rounds;
        this.invitations = invitations;
    }

    @GetMapping("/rounds/{id}/invitations/{invitationId}/revoke")
    String confirm(
            @PathVariable long id,
            @PathVariable long invitationId,
            @AuthenticationPrincipal SignedInUser me,
            Model model) {
        Viewer viewer = Viewer.of(me);
        RoundSummary round = rounds.managedSummary(id, viewer, LocaleContextHolder.getLocale());
        InvitationView invitation = invitations.of(id, viewer).stream()
                .filter(candidate -> candidate.id() == invitationId)
                .findFirst()
                .orElseThrow(() -> new RoundNotFoundException("invitation", invitationId));
        if (!round.open() || !invitation.revocable()) {
            return "redirect:/rounds/" + id + "#invitations";
        }
        model.addAttribute("round", round);
        model.addAttribute("invitation", invitation);
        return "assessment/confirm-revoke";
    }

    @PostMapping("/rounds/{id}/invitations/{invitationId}/revoke")
    String revoke(
            @PathVariable long id,
            @PathVariable long invitationId,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Model model) {
        if (!Confirmation.given(confirm)) {
            return confirm(id, invitationId, me, model);
        }
        invitations.revoke(id, invitationId, Viewer.of(me));
        redirect.addFlashAttribute("notice", "invitations.revoked");
        return "redirect:/rounds/" + id + "#invitations";
    }
}
