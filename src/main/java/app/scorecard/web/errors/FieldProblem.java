package app.scorecard.web.errors;

/** One offending field of a request, named as the client sent it (e.g. {@code answers.get-things-right}). */
public record FieldProblem(String field, String message) {}
