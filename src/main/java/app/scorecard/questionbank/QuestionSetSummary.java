package app.scorecard.questionbank;

/** A question set as listed: its key, the title and number of its latest published version. */
public record QuestionSetSummary(String key, String title, int latestVersion) {}
