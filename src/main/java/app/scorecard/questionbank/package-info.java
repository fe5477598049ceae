/**
 * The question bank: question sets, their immutable published versions, categories and questions, and the default
 * bank imported at start-up.
 *
 * <p>Other modules read it through {@link app.scorecard.questionbank.QuestionBank}, which hands out
 * {@link app.scorecard.questionbank.QuestionSetDefinition}s — immutable snapshots of a version that also know how to
 * be scored. Entities and the document format stay inside the module.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.questionbank;
