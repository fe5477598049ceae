/**
 * Teams: who manages them and who belongs to them. Assessments are always for a team, and what a person may see of
 * them follows from their place in it.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.team;
