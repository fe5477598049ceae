/**
 * The question bank: question sets and their immutable published versions (categories, questions, bands, and their
 * texts in the interface languages), the default bank imported at start-up, the admins' editor of drafts with its audit
 * log, retiring and restoring sets, and YAML documents in and out. Other modules read it through
 * {@link app.scorecard.questionbank.QuestionBank}, whose {@link app.scorecard.questionbank.QuestionSetDefinition}s are
 * immutable snapshots that also know how to be scored; entities and the document format stay inside. It uses
 * {@code account}, {@code scoring} and {@code web}, and knows nothing of rounds.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.questionbank;
