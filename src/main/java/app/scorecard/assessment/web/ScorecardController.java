package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.RoundScorecard;
import app.scorecard.assessment.Scorecards;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The culture scorecard of an round. */
@Controller
class ScorecardController {

    private final Scorecards scorecards;

    ScorecardController(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        RoundScorecard card = scorecards.of(id, me.getAccountId(), me.isAdmin());
        model.addAttribute("card", card);
        model.addAttribute(
                "radar",
                RadarChart.of(card.report().categories().stream()
                        .map(category -> new RadarChart.Category(category.name(), category.score()))
                        .toList()));
        return "assessment/scorecard";
    }
}
