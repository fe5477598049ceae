package app.scorecard.account.web;

import app.scorecard.account.WeakPasswordException;
import app.scorecard.account.internal.InitialSetup;
import app.scorecard.account.internal.InvalidAccountException;
import app.scorecard.account.internal.InvalidSetupCodeException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creates the first admin with the one-time code from the log; gone once any account exists. */
@Controller
class SetupController {

    private final InitialSetup setup;

    SetupController(InitialSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!setup.isPending()) {
            return "redirect:/login";
        }
        model.addAttribute("setupForm", SetupForm.empty());
        return "account/setup";
    }

    @PostMapping("/setup")
    String complete(
            @Valid @ModelAttribute SetupForm setupForm,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!setup.isPending()) {
            return "redirect:/login";
        }
        if (!setupForm.passwordsMatch()) {
            errors.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                setup.complete(setupForm.code(), setupForm.username(), setupForm.displayName(), setupForm.password());
                redirect.addFlashAttribute("notice", "setup.done");
                return "redirect:/login";
            } catch (InvalidSetupCodeException e) {
                errors.rejectValue("code", "setup.code.invalid");
            } catch (WeakPasswordException e) {
                PasswordAdvice.reject(errors, e);
            } catch (InvalidAccountException e) {
                errors.reject(e.messageKey(), e.arguments(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "account/setup";
    }
}
