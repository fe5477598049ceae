package app.scorecard.web.errors;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Turns every error of the JSON API into an {@code application/problem+json} answer (RFC 9457). Messages are written
 * for the client; stack traces and internal names never leave the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String where = "";
        if (ex.getMostSpecificCause() instanceof JacksonException json && json.getLocation() != null) {
            TokenStreamLocation location = json.getLocation();
            where = " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON" + where + ".");
        problem.setTitle("Malformed JSON");
        problem.setProperty("errors", List.of(new FieldProblem("body", "must be a valid JSON object" + where)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The database is out of reach or too busy to answer in time: 503, to be tried again. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException ex) throws Exception {
        if (!DatabaseUnavailable.causedBy(ex)) {
            return handleOther(ex);
        }
        log.warn("The database is out of reach: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database is out of reach or too busy just now. Nothing was changed; please try again in a moment.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** Exceptions marked with {@code @ResponseStatus} carry a message meant for the client; anything else is ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleOther(Exception ex) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // Spring Security answers these with 401 / 403
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
        if (annotated != null) {
            HttpStatus status = annotated.code();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).body(problem);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again; if it keeps happening, quote reference "
                        + reference + ".");
        problem.setTitle("Unexpected error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
