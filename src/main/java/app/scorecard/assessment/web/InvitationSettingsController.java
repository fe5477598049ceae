package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.InvalidInvitationsException;
import app.scorecard.assessment.InvitationDomains;
import app.scorecard.assessment.MailedInvitations;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins (by the security configuration) decide which addresses managers may have the app mail invitations to: the
 * organisation's domains, or any. A concurrent change by another admin is a 409 page, never a silent overwrite.
 */
@Controller
class InvitationSettingsController {

    private static final Logger log = LoggerFactory.getLogger("app.scorecard.security");

    private final InvitationDomains domains;
    private final MailedInvitations mailedInvitations;

    InvitationSettingsController(InvitationDomains domains, MailedInvitations mailedInvitations) {
        this.domains = domains;
        this.mailedInvitations = mailedInvitations;
    }

    @GetMapping("/admin/invitations")
    String show(Model model) {
        InvitationDomains.Allowed allowed = domains.current();
        return page(String.join("\n", allowed.domains()), allowed.version(), null, null, model);
    }

    @PostMapping("/admin/invitations")
    String change(
            @RequestParam(defaultValue = "") String allowedDomains,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            InvitationDomains.Allowed allowed = domains.change(allowedDomains, version);
            log.info("{} set the domains invitations may be mailed to: {}", me.getUsername(), allowed.domains());
            redirect.addFlashAttribute("notice", "invitationDomains.saved");
            return "redirect:/admin/invitations";
        } catch (InvalidInvitationsException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(allowedDomains, version, e.messageKey(), e.argument(), model);
        }
    }

    private String page(String text, long version, String problem, Object argument, Model model) {
        model.addAttribute("allowedDomains", text);
        model.addAttribute("version", version);
        model.addAttribute("problem", problem);
        model.addAttribute("problemArgument", argument);
        model.addAttribute("mailAvailable", mailedInvitations.available());
        return "assessment/invitation-settings";
    }
}
