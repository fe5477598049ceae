package app.scorecard.team.web;

import app.scorecard.team.TeamRole;

/** One line of a team's member list. */
public record TeamMemberRow(long accountId, String username, String displayName, TeamRole role) {}
