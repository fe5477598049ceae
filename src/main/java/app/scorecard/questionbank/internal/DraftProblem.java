package app.scorecard.questionbank.internal;

/**
 * One reason a change to a draft was refused.
 *
 * @param field the form field it concerns ({@code title}, {@code weight}, {@code bands[1].min} …), or {@code ""} for
 *     the draft as a whole
 * @param message what is wrong, in words an admin understands
 */
public record DraftProblem(String field, String message) {}
