package app.scorecard.questionbank;

/**
 * A question set as listed: its key, the title and number of its latest published version, and that version's id (to
 * read its content, which {@link QuestionBank#definition(long)} keeps once published).
 */
public record QuestionSetSummary(String key, String title, int latestVersion, long latestVersionId) {}
