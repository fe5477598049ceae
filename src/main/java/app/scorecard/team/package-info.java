/**
 * Teams: who manages them and who belongs to them (by account id), and an admin's choice whether answers through links
 * its managers hand out count in its team rounds. Assessments are always for a team, and what a person may see of them
 * follows from their place in it. It uses only {@code account}; rounds and results know teams, never the other way.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.team;
