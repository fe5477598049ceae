/**
 * Errors as people and clients see them: 409 and 503 pages, RFC 9457 problem responses for the API, the error
 * controller for what no controller answered, and the 503 when the database is out of reach outside any controller.
 * No stack trace or exception message ever leaves the server. Feature modules use its public types
 * ({@link app.scorecard.web.errors.InvalidRequestException}, {@link app.scorecard.web.errors.FieldProblem},
 * {@link app.scorecard.web.errors.DatabaseUnavailable}); their own not-found exceptions stay theirs.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("errors")
package app.scorecard.web.errors;
