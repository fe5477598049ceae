package app.scorecard.recurring.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.recurring.internal.InvalidScheduleException;
import app.scorecard.recurring.internal.RoundSchedules;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A team's recurring rounds, for its managers and admins (checked by {@link RoundSchedules}): the list, setting one
 * up, pausing and resuming one, and deleting one after a page that says what that means.
 */
@Controller
@RequestMapping("/teams/{teamId}/schedules")
class TeamSchedulesController {

    private final RoundSchedules schedules;
    private final ScheduleFormPage formPage;

    TeamSchedulesController(RoundSchedules schedules, ScheduleFormPage formPage) {
        this.schedules = schedules;
        this.formPage = formPage;
    }

    @GetMapping
    String list(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me, Model model) {
        Viewer viewer = Viewer.of(me);
        model.addAttribute("team", schedules.managedTeam(teamId, viewer));
        model.addAttribute("schedules", schedules.ofTeam(teamId, viewer));
        return "recurring/schedules";
    }

    @GetMapping("/new")
    String form(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me, Model model) {
        return form(teamId, me, ScheduleForm.empty(), Map.of(), model);
    }

    @PostMapping
    String create(
            @PathVariable long teamId,
            @RequestParam(defaultValue = "") String questionSet,
            @RequestParam(defaultValue = "") String frequency,
            @RequestParam(defaultValue = "") String firstOpensOn,
            @RequestParam(defaultValue = "") String openDays,
            @RequestParam(defaultValue = "false") boolean asksTargets,
            @RequestParam(defaultValue = "") String invitees,
            @AuthenticationPrincipal SignedInUser me,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        ScheduleForm form =
                new ScheduleForm(questionSet, frequency, firstOpensOn, openDays, asksTargets, invitees, List.of());
        Map<String, List<String>> errors = formPage.errors(form.unreadable());
        if (errors.isEmpty()) {
            try {
                schedules.create(teamId, Viewer.of(me), form.toNewSchedule());
                redirect.addFlashAttribute("notice", "recurring.created");
                return "redirect:/teams/" + teamId + "/schedules";
            } catch (InvalidScheduleException e) {
                errors = formPage.errors(e);
            }
        } else {
            schedules.managedTeam(teamId, Viewer.of(me)); // a stranger learns nothing about the form
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(teamId, me, form, errors, model);
    }

    @PostMapping("/{id}/pause")
    String pause(
            @PathVariable long teamId,
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        schedules.pause(teamId, id, Viewer.of(me));
        redirect.addFlashAttribute("notice", "recurring.paused");
        return "redirect:/teams/" + teamId + "/schedules";
    }

    @PostMapping("/{id}/resume")
    String resume(
            @PathVariable long teamId,
            @PathVariable long id,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        schedules.resume(teamId, id, Viewer.of(me));
        redirect.addFlashAttribute("notice", "recurring.resumed");
        return "redirect:/teams/" + teamId + "/schedules";
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(
            @PathVariable long teamId, @PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("schedule", schedules.schedule(teamId, id, Viewer.of(me)));
        return "recurring/confirm-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long teamId,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect,
            Model model) {
        if (!"yes".equals(confirm)) {
            return confirmDelete(teamId, id, me, model);
        }
        schedules.delete(teamId, id, Viewer.of(me));
        redirect.addFlashAttribute("notice", "recurring.deleted");
        return "redirect:/teams/" + teamId + "/schedules";
    }

    private String form(
            long teamId, SignedInUser me, ScheduleForm form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("team", schedules.managedTeam(teamId, Viewer.of(me)));
        formPage.fill(model, form, errors);
        return "recurring/new";
    }
}
