package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.SelfAssessments;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager picks a question set and starts a self-assessment of a team they manage. */
@Controller
class StartRoundController {

    private final SelfAssessments selfAssessments;
    private final QuestionBank questionBank;

    StartRoundController(SelfAssessments selfAssessments, QuestionBank questionBank) {
        this.selfAssessments = selfAssessments;
        this.questionBank = questionBank;
    }

    @GetMapping("/teams/{teamId}/rounds/new")
    String form(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me, Model model) {
        return showForm(teamId, me, "", "", model);
    }

    @PostMapping("/teams/{teamId}/rounds")
    String start(
            @PathVariable long teamId,
            @RequestParam(defaultValue = "") String questionSet,
            @RequestParam(defaultValue = "") String label,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        String problem = null;
        if (questionSet.isBlank()) {
            problem = "assessment.start.setRequired";
        } else if (label.strip().length() > StartForm.LABEL_MAX_LENGTH) {
            problem = "assessment.start.labelTooLong";
        } else {
            try {
                long responseId = selfAssessments.start(me.getAccountId(), teamId, questionSet, label);
                return "redirect:/responses/" + responseId;
            } catch (QuestionSetNotFoundException e) {
                problem = "assessment.start.setUnknown";
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", problem);
        return showForm(teamId, me, questionSet, label, model);
    }

    private String showForm(long teamId, SignedInUser me, String questionSet, String label, Model model) {
        model.addAttribute("team", selfAssessments.managedTeam(teamId, me.getAccountId()));
        model.addAttribute("sets", questionBank.publishedSets());
        model.addAttribute("form", new StartForm(questionSet, label));
        return "assessment/start";
    }

    /** What the person chose, shown again when something was wrong. */
    public record StartForm(String questionSet, String label) {

        static final int LABEL_MAX_LENGTH = 100;
    }
}
