/**
 * Errors as people and clients see them: 409 and 503 pages, RFC 9457 problem responses for the API, the error
 * controller for what no controller answered, and the 503 when the database is out of reach outside any controller.
 * No stack trace ever leaves the server, and a message only from an exception marked {@code @ResponseStatus} (written
 * for the client). Feature modules throw their own such exceptions and use its public types
 * ({@link app.scorecard.web.errors.InvalidRequestException}, {@link app.scorecard.web.errors.FieldProblem},
 * {@link app.scorecard.web.errors.DatabaseUnavailable}).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("errors")
package app.scorecard.web.errors;
