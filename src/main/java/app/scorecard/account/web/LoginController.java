package app.scorecard.account.web;

import app.scorecard.account.internal.InitialSetup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, with the username of a refused sign-in typed in again, and a button for single sign-on when a
 * provider is configured; the password form is left out when local sign-in is off. Spring Security handles the form's POST
 * ({@link SignInFailureHandler} when it is refused) and signing out.
 */
@Controller
class LoginController {

    private final InitialSetup setup;
    private final boolean localSignIn;
    private final boolean singleSignOn;
    private final String providerName;

    LoginController(
            InitialSetup setup,
            @Value("${scorecard.local-sign-in:true}") boolean localSignIn,
            @Value("${scorecard.sso.issuer:}") String issuer,
            @Value("${scorecard.sso.name:}") String providerName) {
        this.setup = setup;
        this.localSignIn = localSignIn;
        this.singleSignOn = !issuer.isBlank();
        this.providerName = providerName.isBlank() ? null : providerName.strip();
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("setupPending", setup.isPending());
        model.addAttribute("localSignIn", localSignIn);
        model.addAttribute("singleSignOn", singleSignOn);
        model.addAttribute("providerName", providerName);
        String typed = TypedUsername.takeBack(request, response);
        if (typed != null) {
            model.addAttribute("username", typed);
        }
        return "account/login";
    }
}
