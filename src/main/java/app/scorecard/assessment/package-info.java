/**
 * Assessments: answers to one question-set version, for a team, turned into a scorecard. For now it scores answers
 * on request (the JSON API); stored responses, drafts and rounds build on this.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.assessment;
