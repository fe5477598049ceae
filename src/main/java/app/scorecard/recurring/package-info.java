/**
 * Recurring rounds: a team's round that opens by itself every month or every quarter on a question set, open for a
 * number of days, and whose invitations are mailed and reminded as for a round opened by hand. Managers keep the
 * schedules of the teams they manage, admins those of any team (several at once). A due schedule is claimed in the
 * database, so with several instances it opens one round; a run missed while the app was down opens one round, not a
 * backlog. Rounds are opened through {@code assessment}, which knows nothing of schedules.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.recurring;
