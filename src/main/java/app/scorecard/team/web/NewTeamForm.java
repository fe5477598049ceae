package app.scorecard.team.web;

import app.scorecard.team.TeamService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewTeamForm(
        @NotBlank(message = "{team.name.required}")
        @Size(max = TeamService.NAME_MAX_LENGTH, message = "{team.name.size}")
        String name) {}
