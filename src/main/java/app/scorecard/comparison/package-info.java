/**
 * Comparing a team's rounds over time: its history with trends, two rounds side by side with an honest reading of each
 * change (on a page or as a PDF), a heatmap of teams by category, action plans that follow a gap into the next round,
 * CSV exports, and the organisation's view for admins and leaders (team rounds pooled per quarter, and participation).
 * Everything here reads the stored results of finished rounds, never raw answers, and changes no round; no other module
 * uses it.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.comparison;
