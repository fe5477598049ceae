package app.scorecard.web.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over HTTPS the session lives only in the {@code __Host-} cookie ({@link SecureSessionCookieProcessor}). A session
 * found through a plain session cookie on such a request — one set over plain HTTP, by someone on the network or a
 * sibling domain, perhaps signed in as themselves to make the person work in their account — is ended before anything
 * uses it, and the request goes on without a session. Sessions in the database (the postgres profile) never read the
 * plain cookie over HTTPS at all ({@link SessionCookieConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PlainSessionCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.isSecure() && request.isRequestedSessionIdFromCookie() && !secureCookieSent(request)) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getId().equals(request.getRequestedSessionId())) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean secureCookieSent(HttpServletRequest request) {
        String name = SecureSessionCookieProcessor.PREFIX + sessionCookieName(request) + "=";
        return Collections.list(request.getHeaders("Cookie")).stream()
                .anyMatch(header ->
                        header.startsWith(name) || header.contains(" " + name) || header.contains(";" + name));
    }

    private static String sessionCookieName(HttpServletRequest request) {
        String configured = request.getServletContext().getSessionCookieConfig().getName();
        return configured == null ? "JSESSIONID" : configured;
    }
}
