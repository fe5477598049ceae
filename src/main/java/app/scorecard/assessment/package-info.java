/**
 * Assessments: rounds of a team on one question-set version — a manager's self-assessment or a team round — who may
 * see and run them, opening and closing them (by hand or at the closing date), the questionnaire people answer (drafts,
 * personal links, invitations mailed and reminded in the sender's language), the home page, and a round's page, PDF
 * report and API. Each response is scored once when it is submitted; a finished round is handed to {@code results}, and
 * a closed team round announced as {@link app.scorecard.assessment.TeamRoundClosed}. It knows nothing of the
 * {@code recurring} schedules and the {@code webhook} that use it, nor of {@code comparison}.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.assessment;
