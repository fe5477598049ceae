/**
 * Comparing a team's rounds over time: its history with trends, two rounds side by side with an honest reading of
 * each change, a heatmap of teams by category, action plans that follow a gap into the next round, CSV exports, and
 * the organisation's view for admins and leaders (its teams' team rounds pooled per quarter, and participation).
 * Everything here reads the stored results of finished rounds, never raw answers.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.comparison;
