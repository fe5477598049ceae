package app.scorecard.team.web;

import app.scorecard.team.TeamRole;

/** One line of a team's member list; a deactivated account stays in it, marked so. */
public record TeamMemberRow(long accountId, String username, String displayName, TeamRole role, boolean active) {}
