package app.scorecard.questionbank;

/** What excellent looks like for a question, and one concrete step to get there. */
public record Guidance(String excellent, String nextStep) {}
