package app.scorecard.account.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.internal.AccountAdministration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An admin resets a person's password (admins only, by the security configuration): after a confirmation, the answer
 * itself shows the new temporary password, once — it is in no session, no log and no cache, and only its hash is
 * stored. The person signs in with it only to choose a password of their own.
 */
@Controller
@RequestMapping("/accounts/{id}/reset-password")
class PasswordResetController {

    private final AccountAdministration administration;

    PasswordResetController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String confirm(@PathVariable long id, Model model) {
        model.addAttribute("account", administration.details(id).account());
        return "account/reset-password";
    }

    @PostMapping
    String reset(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        String temporaryPassword = administration.resetPassword(me.getAccountId(), id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("account", administration.details(id).account());
        model.addAttribute("temporaryPassword", temporaryPassword);
        return "account/temporary-password";
    }
}
