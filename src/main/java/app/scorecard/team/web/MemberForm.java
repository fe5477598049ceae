package app.scorecard.team.web;

import app.scorecard.team.TeamRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Places a person, named by username, in a team. */
record MemberForm(
        @NotBlank(message = "{account.username.required}") String username,
        @NotNull(message = "{team.role.required}") TeamRole role) {

    static MemberForm empty() {
        return new MemberForm("", TeamRole.MEMBER);
    }
}
