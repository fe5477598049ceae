package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.internal.Dashboards;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the app is for, or — once signed in — what the person can do next. */
@Controller
class HomeController {

    private final Dashboards dashboards;

    HomeController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        if (me == null) {
            return "home/welcome";
        }
        model.addAttribute("dashboard", dashboards.of(me.getAccountId(), me.isAdmin(), locale));
        return "home/dashboard";
    }
}
