package app.scorecard.web.errors;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change that lost a race with another change (an edit based on an old version, a name taken meanwhile) is a 409
 * page: nothing was overwritten, and the person can look again and redo it. A database that is out of reach or too
 * busy to hand out a connection in time is a 503 page that says to try again, not an error of ours. The API's own
 * handler answers first for the API.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(RuntimeException e) {
        log.info("Refused a conflicting change: {}", e.getClass().getSimpleName());
        return "error/409";
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String unavailable(RuntimeException e, HttpServletResponse response) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e; // a fault of ours: the error page, logged with its reference
        }
        log.warn("The database is out of reach: {}", e.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return "error/503";
    }
}
