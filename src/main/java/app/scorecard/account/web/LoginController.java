package app.scorecard.account.web;

import app.scorecard.account.InitialSetup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the form's POST and signing out. */
@Controller
class LoginController {

    private final InitialSetup setup;

    LoginController(InitialSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("setupPending", setup.isPending());
        return "account/login";
    }
}
