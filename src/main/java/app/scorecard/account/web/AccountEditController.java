package app.scorecard.account.web;

import app.scorecard.account.Role;
import app.scorecard.account.SignedInUser;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.account.internal.AccountDetails;
import app.scorecard.account.internal.InvalidAccountException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin changes an account's name, roles and leader designation (admins only, by the security configuration). The form carries the
 * account's version: a change someone made meanwhile gives the 409 page instead of being overwritten.
 */
@Controller
@RequestMapping("/accounts/{id}")
class AccountEditController {

    private final AccountAdministration administration;

    AccountEditController(AccountAdministration administration) {
        this.administration = administration;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping("/edit")
    String form(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        AccountDetails details = administration.details(id);
        model.addAttribute("editAccountForm", EditAccountForm.of(details));
        return page(details, me, model);
    }

    @PostMapping
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            @Valid @ModelAttribute EditAccountForm editAccountForm,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        AccountDetails details = administration.details(id);
        if (!errors.hasErrors()) {
            try {
                var account = administration.update(
                        me.getAccountId(),
                        id,
                        editAccountForm.version(),
                        editAccountForm.displayName(),
                        editAccountForm.email(),
                        editAccountForm.roles(),
                        editAccountForm.leaderTicked());
                redirect.addFlashAttribute("notice", "account.updated");
                redirect.addFlashAttribute("noticeArgument", account.username());
                return "redirect:/accounts";
            } catch (InvalidAccountException e) {
                errors.reject(e.messageKey(), e.arguments(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(details, me, model);
    }

    private static String page(AccountDetails details, SignedInUser me, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("own", details.account().id() == me.getAccountId());
        return "account/edit";
    }
}
