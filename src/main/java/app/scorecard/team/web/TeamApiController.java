package app.scorecard.team.web;

import app.scorecard.account.SignedInUser;
import app.scorecard.team.TeamService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The teams the caller may see: all of them for admins, otherwise the ones they belong to. */
@RestController
@Tag(name = "Teams", description = "The teams the caller may see.")
class TeamApiController {

    private final TeamService teams;

    TeamApiController(TeamService teams) {
        this.teams = teams;
    }

    @Operation(operationId = "teams", summary = "The teams the caller may see")
    @GetMapping(path = "/api/v1/teams", produces = "application/json")
    List<TeamJson> teams(@AuthenticationPrincipal SignedInUser me) {
        return (me.isAdmin() ? teams.all() : teams.teamsOf(me.getAccountId()))
                .stream().map(team -> new TeamJson(team.id(), team.name())).toList();
    }

    record TeamJson(long id, String name) {}
}
