package app.scorecard.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes sign-ins, failed sign-ins and refused requests to the log (logger {@code app.scorecard.security}), with the
 * username and the address, never a password or an answer. Successful HTTP Basic calls of the API are not logged: every
 * call signs in, and the log would drown in them.
 */
@Component
class SecurityAuditLog {

    private static final Logger log = LoggerFactory.getLogger("app.scorecard.security");

    /** Request attribute: the request was refused for its CSRF token (missing, expired or forged). */
    static final String FORM_REFUSED = "formRefused";

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        log.info(
                "Sign-in succeeded for '{}' from {}",
                printable(event.getAuthentication().getName()),
                clientAddress());
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        log.warn(
                "Sign-in failed for '{}' from {}: {}",
                printable(event.getAuthentication().getName()),
                clientAddress(),
                event.getException().getClass().getSimpleName());
    }

    /** Logs the refusal, then lets {@code delegate} answer it. */
    AccessDeniedHandler logging(AccessDeniedHandler delegate) {
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
            denied(request);
            if (denied instanceof CsrfException) {
                // the 403 page then says the form expired or was forged, not that the account lacks a right
                request.setAttribute(FORM_REFUSED, true);
            }
            delegate.handle(request, response, denied);
        };
    }

    void denied(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        log.warn(
                "Access denied: {} {} for '{}'",
                request.getMethod(),
                printable(request.getRequestURI()),
                who == null ? "anonymous" : printable(who.getName()));
    }

    /**
     * The address of the person signing in: behind a trusted proxy the one it forwarded (the container's
     * forwarded-header handling has already put it in place), otherwise the connection's.
     */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? printable(attributes.getRequest().getRemoteAddr())
                : "an unknown address";
    }

    /** A username or path as typed can hold line breaks: never let them forge a log line. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
