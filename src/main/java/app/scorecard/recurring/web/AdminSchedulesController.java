package app.scorecard.recurring.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.recurring.internal.InvalidScheduleException;
import app.scorecard.recurring.internal.RoundSchedules;
import app.scorecard.team.TeamService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins (by the security configuration, and again by {@link RoundSchedules}): every team's recurring rounds, and one
 * schedule set up for several teams at once.
 */
@Controller
@RequestMapping("/admin/schedules")
class AdminSchedulesController {

    private final RoundSchedules schedules;
    private final TeamService teams;
    private final ScheduleFormPage formPage;

    AdminSchedulesController(RoundSchedules schedules, TeamService teams, ScheduleFormPage formPage) {
        this.schedules = schedules;
        this.teams = teams;
        this.formPage = formPage;
    }

    @GetMapping
    String all(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("schedules", schedules.all(Viewer.of(me)));
        return form(ScheduleForm.empty(), Map.of(), model);
    }

    @PostMapping
    String create(
            @RequestParam(defaultValue = "") String questionSet,
            @RequestParam(defaultValue = "") String frequency,
            @RequestParam(defaultValue = "") String firstOpensOn,
            @RequestParam(defaultValue = "") String openDays,
            @RequestParam(defaultValue = "false") boolean asksTargets,
            @RequestParam(name = "team", defaultValue = "") List<Long> chosen,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        ScheduleForm form = new ScheduleForm(questionSet, frequency, firstOpensOn, openDays, asksTargets, "", chosen);
        Map<String, List<String>> errors = formPage.errors(form.unreadable());
        if (errors.isEmpty()) {
            try {
                int made = schedules
                        .createForTeams(chosen, Viewer.of(me), form.toNewSchedule())
                        .size();
                redirect.addFlashAttribute("notice", "recurring.admin.created");
                redirect.addFlashAttribute("noticeArgument", made);
                return "redirect:/admin/schedules";
            } catch (InvalidScheduleException e) {
                errors = formPage.errors(e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("schedules", schedules.all(Viewer.of(me)));
        return form(form, errors, model);
    }

    private String form(ScheduleForm form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("teams", teams.all());
        formPage.fill(model, form, errors);
        return "recurring/admin";
    }
}
