package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.QuestionSetRetiredException;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.results.RoundMode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A manager picks a question set and starts a round of a team they manage: for themselves, or for the whole team. */
@Controller
class StartRoundController {

    private final Rounds rounds;
    private final QuestionBank questionBank;

    StartRoundController(Rounds rounds, QuestionBank questionBank) {
        this.rounds = rounds;
        this.questionBank = questionBank;
    }

    @GetMapping("/teams/{teamId}/rounds/new")
    String form(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me, Model model) {
        return showForm(teamId, me, new StartForm("", "", RoundMode.SELF.name(), "", false), model);
    }

    @PostMapping("/teams/{teamId}/rounds")
    String start(
            @PathVariable long teamId,
            @RequestParam(defaultValue = "") String questionSet,
            @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "SELF") String mode,
            @RequestParam(defaultValue = "") String closesOn,
            @RequestParam(defaultValue = "false") boolean asksTargets,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            Model model) {
        StartForm form = new StartForm(questionSet, label, mode, closesOn, asksTargets);
        String problem = form.problem();
        if (problem == null) {
            try {
                var started = rounds.start(
                        me.getAccountId(),
                        teamId,
                        questionSet,
                        label,
                        form.roundMode(),
                        form.closingDate(),
                        form.asksTargets());
                return started.responseId() != null
                        ? "redirect:/responses/" + started.responseId()
                        : "redirect:/rounds/" + started.roundId();
            } catch (QuestionSetNotFoundException e) {
                problem = "round.start.setUnknown";
            } catch (QuestionSetRetiredException e) {
                problem = "round.start.setRetired";
            } catch (IllegalArgumentException e) {
                problem = "round.start.closesOnPast";
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("problem", problem);
        return showForm(teamId, me, form, model);
    }

    private String showForm(long teamId, SignedInUser me, StartForm form, Model model) {
        model.addAttribute("team", rounds.managedTeam(teamId, me.getAccountId()));
        model.addAttribute(
                "sets",
                questionBank.publishedSets().stream()
                        .map(set -> SetChoice.of(
                                set,
                                questionBank.definition(set.latestVersionId()).in(LocaleContextHolder.getLocale())))
                        .toList());
        model.addAttribute("form", form);
        return "assessment/start";
    }

    /**
     * A set to choose, with what a manager needs to choose it: what it asks, how many questions and about how long it
     * takes (20 seconds a question, rounded up to whole minutes).
     */
    public record SetChoice(String key, String title, String intro, int questions, int minutes) {

        static final int SECONDS_PER_QUESTION = 20;

        static SetChoice of(QuestionSetSummary set, QuestionSetDefinition version) {
            int questions = version.questionCount();
            return new SetChoice(
                    set.key(),
                    version.title(),
                    version.intro(),
                    questions,
                    Math.max(1, (questions * SECONDS_PER_QUESTION + 59) / 60));
        }
    }

    /**
     * What the person chose, shown again when something was wrong.
     *
     * @param asksTargets whether each question is also asked for where the team wants to be in a year
     */
    public record StartForm(String questionSet, String label, String mode, String closesOn, boolean asksTargets) {

        /** @return the message key of the first problem, or {@code null} */
        String problem() {
            if (questionSet.isBlank()) {
                return "round.start.setRequired";
            }
            if (label.strip().length() > Rounds.LABEL_MAX_LENGTH) {
                return "round.start.labelTooLong";
            }
            if (!mode.equals(RoundMode.SELF.name()) && !mode.equals(RoundMode.TEAM.name())) {
                return "round.start.modeRequired";
            }
            if (!closesOn.isBlank()) {
                try {
                    LocalDate.parse(closesOn);
                } catch (DateTimeParseException e) {
                    return "round.start.closesOnInvalid";
                }
            }
            return null;
        }

        RoundMode roundMode() {
            return RoundMode.valueOf(mode);
        }

        LocalDate closingDate() {
            return closesOn.isBlank() || roundMode() == RoundMode.SELF ? null : LocalDate.parse(closesOn);
        }

        public boolean isTeam() {
            return RoundMode.TEAM.name().equals(mode);
        }
    }
}
