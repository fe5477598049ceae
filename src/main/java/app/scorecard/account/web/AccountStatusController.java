package app.scorecard.account.web;

import app.scorecard.account.Account;
import app.scorecard.account.SignedInUser;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.account.internal.InvalidAccountException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin deactivates an account, reactivates it, or unlocks its sign-ins, after confirming on a page of its own (a plain form: no script
 * needed). Admins only, by the security configuration.
 */
@Controller
@RequestMapping("/accounts/{id}")
class AccountStatusController {

    private final AccountAdministration administration;
    private final MessageSource messages;

    AccountStatusController(AccountAdministration administration, MessageSource messages) {
        this.messages = messages;
        this.administration = administration;
    }

    @GetMapping("/deactivate")
    String confirmDeactivation(@PathVariable long id, Model model) {
        return confirmation(administration.details(id).account(), "deactivate", model);
    }

    @PostMapping("/deactivate")
    String deactivate(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            Account account = administration.deactivate(me.getAccountId(), id);
            return done("account.deactivated", account, redirect);
        } catch (InvalidAccountException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(
                    "refusal", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            return confirmation(administration.details(id).account(), "deactivate", model);
        }
    }

    @GetMapping("/reactivate")
    String confirmReactivation(@PathVariable long id, Model model) {
        return confirmation(administration.details(id).account(), "reactivate", model);
    }

    @PostMapping("/reactivate")
    String reactivate(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return done("account.reactivated", administration.reactivate(me.getAccountId(), id), redirect);
    }

    @GetMapping("/unlock")
    String confirmUnlock(@PathVariable long id, Model model) {
        return confirmation(administration.details(id).account(), "unlock", model);
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        return done("account.unlocked", administration.unlock(me.getAccountId(), id), redirect);
    }

    private static String confirmation(Account account, String action, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("action", action);
        return "account/status";
    }

    private static String done(String notice, Account account, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", account.username());
        return "redirect:/accounts";
    }
}
