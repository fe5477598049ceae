package app.scorecard.account.web;

import app.scorecard.account.InitialSetup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, with the username of a refused sign-in typed in again. Spring Security handles the form's POST
 * ({@link SignInFailureHandler} when it is refused) and signing out.
 */
@Controller
class LoginController {

    private final InitialSetup setup;

    LoginController(InitialSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("setupPending", setup.isPending());
        String typed = TypedUsername.takeBack(request, response);
        if (typed != null) {
            model.addAttribute("username", typed);
        }
        return "account/login";
    }
}
