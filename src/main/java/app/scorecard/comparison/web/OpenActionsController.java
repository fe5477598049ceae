package app.scorecard.comparison.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.comparison.internal.OpenActions;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A team's open actions across its rounds, soonest due first, with the overdue ones said so. */
@Controller
class OpenActionsController {

    private final OpenActions openActions;

    OpenActionsController(OpenActions openActions) {
        this.openActions = openActions;
    }

    @GetMapping("/teams/{id}/actions")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("team", openActions.ofTeam(id, Viewer.of(me), locale));
        return "comparison/open-actions";
    }
}
