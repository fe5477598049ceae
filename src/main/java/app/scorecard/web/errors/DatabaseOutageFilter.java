package app.scorecard.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word when the database is out of reach outside any controller — above all when the session cannot be saved
 * at the end of a request (sessions live in the database with the postgres profile). If the page already answered 503
 * (a questionnaire handed back with everything typed), that page goes out as it is; otherwise the answer is the 503
 * page, never a 500. Runs outside the session filter, inside the request id filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn("The database is out of reach after the request was handled: {}", e.getMessage());
            if (response.isCommitted() || response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                return; // the page the controller made (or the part already sent) stands
            }
            response.resetBuffer();
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
