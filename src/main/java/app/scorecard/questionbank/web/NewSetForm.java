package app.scorecard.questionbank.web;

/** A new question set: its key for good, and a first title. */
public record NewSetForm(String key, String title) {}
