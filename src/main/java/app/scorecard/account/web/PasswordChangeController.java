package app.scorecard.account.web;

import app.scorecard.account.PasswordChange;
import app.scorecard.account.PasswordChange.Ticket;
import app.scorecard.account.WeakPasswordException;
import app.scorecard.account.internal.InvalidAccountException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Choose a new password", for a person who signed in with the temporary password an admin gave them. Only a session
 * holding a {@link Ticket} ({@link SignInFailureHandler}) gets here; nothing else is open to it until the new password
 * is set, and then they sign in with it.
 */
@Controller
class PasswordChangeController {

    private final PasswordChange passwordChange;

    PasswordChangeController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping("/password")
    String form(HttpServletRequest request, Model model) {
        Ticket ticket = ticket(request);
        if (ticket == null) {
            return "redirect:/login";
        }
        model.addAttribute("username", ticket.username());
        model.addAttribute("choosePasswordForm", ChoosePasswordForm.empty());
        return "account/choose-password";
    }

    @PostMapping("/password")
    String choose(
            @Valid @ModelAttribute ChoosePasswordForm choosePasswordForm,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Ticket ticket = ticket(request);
        if (ticket == null) {
            return "redirect:/login";
        }
        if (!choosePasswordForm.passwordsMatch()) {
            errors.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                boolean chosen = passwordChange.choose(ticket, choosePasswordForm.password());
                request.getSession().removeAttribute(SignInFailureHandler.PASSWORD_TICKET);
                TypedUsername.remember(request, response, ticket.username());
                redirect.addFlashAttribute("notice", chosen ? "password.chosen" : "password.ticketExpired");
                return "redirect:/login";
            } catch (WeakPasswordException e) {
                PasswordAdvice.reject(errors, e);
            } catch (InvalidAccountException e) {
                errors.rejectValue("password", e.messageKey(), e.arguments(), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("username", ticket.username());
        return "account/choose-password";
    }

    private static Ticket ticket(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SignInFailureHandler.PASSWORD_TICKET) instanceof Ticket ticket
                ? ticket
                : null;
    }
}
