package app.scorecard.account.web;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.WeakPasswordException;
import app.scorecard.account.internal.AccountAdministration;
import app.scorecard.account.internal.InvalidAccountException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list and create accounts (the security configuration lets only admins in). */
@Controller
@RequestMapping("/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final AccountAdministration administration;
    private final boolean singleSignOn;

    AccountAdminController(
            AccountService accounts,
            AccountAdministration administration,
            @Value("${scorecard.sso.issuer:}") String issuer) {
        this.accounts = accounts;
        this.administration = administration;
        this.singleSignOn = !issuer.isBlank();
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", administration.list());
        model.addAttribute("singleSignOn", singleSignOn);
        return "account/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("newAccountForm", NewAccountForm.empty());
        return "account/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute NewAccountForm newAccountForm,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var account = accounts.create(
                        newAccountForm.username(),
                        newAccountForm.displayName(),
                        newAccountForm.password(),
                        newAccountForm.roles());
                redirect.addFlashAttribute("notice", "account.created");
                redirect.addFlashAttribute("noticeArgument", account.username());
                return "redirect:/accounts";
            } catch (WeakPasswordException e) {
                PasswordAdvice.reject(errors, e);
            } catch (InvalidAccountException e) {
                errors.reject(e.messageKey(), e.arguments(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "account/new";
    }
}
