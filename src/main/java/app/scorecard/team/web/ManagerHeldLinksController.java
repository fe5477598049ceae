package app.scorecard.team.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An admin's choice for one team: whether answers through links its managers copy or download count in its team
 * rounds' results (admins only, by the security configuration). Off by default, because whoever holds such a link can
 * answer it — the manager too — and so make up the numbers that protect the others. It applies to rounds started
 * from now on: a round keeps what it started with, so the choice never reaches into a round that is running.
 */
@Controller
class ManagerHeldLinksController {

    private static final Logger log = LoggerFactory.getLogger("app.scorecard.security");

    private final TeamService teams;

    ManagerHeldLinksController(TeamService teams) {
        this.teams = teams;
    }

    @PostMapping("/teams/{id}/manager-held-links")
    String choose(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean count,
            @AuthenticationPrincipal SignedInUser me,
            RedirectAttributes redirect) {
        TeamView team = teams.countManagerHeldLinks(id, count);
        log.info(
                "{} {} answers through manager-held links for team {}",
                me.getUsername(),
                count ? "allowed" : "stopped counting",
                team.id());
        redirect.addFlashAttribute("notice", count ? "team.managerHeld.allowed" : "team.managerHeld.stopped");
        return "redirect:/teams/" + id;
    }
}
