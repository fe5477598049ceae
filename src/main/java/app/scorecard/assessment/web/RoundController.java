package app.scorecard.assessment.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvalidInvitationsException;
import app.scorecard.assessment.Invitations;
import app.scorecard.assessment.MailedInvitations;
import app.scorecard.assessment.RoundPages;
import app.scorecard.assessment.Rounds;
import app.scorecard.assessment.internal.RoundClosedException;
import app.scorecard.assessment.internal.RoundPage;
import app.scorecard.results.OrganisationResults;
import app.scorecard.results.TeamResults;
import app.scorecard.web.PublicAddress;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's page: a self-assessment's scorecard, or a team round with its responses so far, its invitations (for its
 * managers), answering it, and its results once they may be shown ({@link CloseRoundController} closes it).
 */
@Controller
class RoundController {

    private final Rounds rounds;
    private final RoundPages roundPages;
    private final Invitations invitations;
    private final MailedInvitations mailedInvitations;
    private final MessageSource messages;
    private final PublicAddress publicAddress;
    private final OrganisationResults organisation;

    RoundController(
            Rounds rounds,
            RoundPages roundPages,
            Invitations invitations,
            MailedInvitations mailedInvitations,
            MessageSource messages,
            PublicAddress publicAddress,
            OrganisationResults organisation) {
        this.rounds = rounds;
        this.roundPages = roundPages;
        this.invitations = invitations;
        this.mailedInvitations = mailedInvitations;
        this.messages = messages;
        this.publicAddress = publicAddress;
        this.organisation = organisation;
    }

    @GetMapping("/teams/{teamId}/rounds")
    String list(@PathVariable long teamId, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        model.addAttribute("rounds", rounds.ofTeam(teamId, Viewer.of(me), locale));
        model.addAttribute("teamId", teamId);
        return "assessment/rounds";
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, Model model, Locale locale) {
        RoundPage page = roundPages.withOrganisation(id, Viewer.of(me), locale);
        String notEnough = messages.getMessage("radar.notEnough", null, locale);
        if (page.isSelfAssessment()) {
            model.addAttribute("card", page.selfScorecard());
            model.addAttribute("radar", RadarChart.of(page.selfScorecard().report(), notEnough));
            model.addAttribute(
                    "bandScale", BandScale.of(page.selfScorecard().report()).orElse(null));
            return "assessment/scorecard";
        }
        TeamResults results = page.teamResults();
        model.addAttribute("round", page.round());
        model.addAttribute("teamName", page.teamName());
        model.addAttribute("results", results);
        model.addAttribute("own", page.own());
        model.addAttribute("responseRate", page.responseRate());
        if (page.organisation() != null) {
            model.addAttribute("organisation", page.organisation());
            model.addAttribute("organisationMinimumTeams", organisation.minimumTeams());
        }
        if (results.team() != null) {
            model.addAttribute("radar", RadarChart.of(results.team(), notEnough));
            model.addAttribute("bandScale", BandScale.of(results.team()).orElse(null));
        }
        if (results.gap() != null) {
            model.addAttribute(
                    "gapChart", GapChart.of(results.gap(), messages.getMessage("gap.overall", null, locale)));
        }
        if (page.managedByViewer()) {
            model.addAttribute("invitations", page.invitations());
            model.addAttribute("mailAvailable", mailedInvitations.available());
            model.addAttribute("linkBase", publicAddress.of("/i/"));
        }
        return "assessment/round";
    }

    @PostMapping("/rounds/{id}/responses")
    String respond(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        try {
            try {
                return "redirect:/responses/" + rounds.respond(id, Viewer.of(me));
            } catch (DataIntegrityViolationException e) {
                return "redirect:/responses/" + rounds.respond(id, Viewer.of(me)); // a second click won the race
            }
        } catch (RoundClosedException e) {
            redirect.addFlashAttribute("notice", "round.closedNotice");
            return "redirect:/rounds/" + id;
        }
    }

    @PostMapping("/rounds/{id}/invitations")
    String invite(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String names,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        try {
            invitations.invite(id, Viewer.of(me), Arrays.asList(names.split("\\R")));
            redirect.addFlashAttribute("notice", "invitations.created");
        } catch (InvalidInvitationsException e) {
            redirect.addFlashAttribute("invitationProblem", e.messageKey());
            redirect.addFlashAttribute("names", names);
        }
        return "redirect:/rounds/" + id + "#invitations";
    }

    /** The app mails each person their link; either everyone on the list is invited or, naming every problem, nobody. */
    @PostMapping("/rounds/{id}/invitations/mail")
    String mail(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String people,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        try {
            int invited = mailedInvitations.invite(id, Viewer.of(me), people);
            redirect.addFlashAttribute("notice", "invitations.mail.queued");
            redirect.addFlashAttribute("noticeArgument", invited);
        } catch (InvalidInvitationsException e) {
            redirect.addFlashAttribute("mailProblem", e.messageKey());
            redirect.addFlashAttribute("mailProblemArgument", e.argument());
            redirect.addFlashAttribute("mailProblems", e.problems());
            redirect.addFlashAttribute("people", people);
        }
        return "redirect:/rounds/" + id + "#invitations";
    }
}
