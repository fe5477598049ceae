/**
 * Assessments: rounds of a team on one question-set version — a manager's self-assessment or a team round — the
 * questionnaire people answer (drafts, submitting, personal links, invitations), who may see and run a round, and the
 * round's page. Each response is scored once when it is submitted and keeps its scores and its respondent's kind; a
 * finished round is handed to {@code results}, which records what it shows.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.assessment;
