package app.scorecard.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request out when its session signed in before its account's sessions were ended ({@link SignedInSessions}):
 * the session is invalidated and the request goes on anonymous, so it is sent to sign in like any other.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private final SignedInSessions sessions;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    EndedSessionFilter(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignedInSessions.SIGNED_IN_AT) instanceof Instant signedInAt
                && hasEnded(contexts.getContext().getAuthentication(), signedInAt)) {
            session.invalidate();
            contexts.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean hasEnded(Authentication authentication, Instant signedInAt) {
        return authentication != null
                && authentication.isAuthenticated()
                && sessions.hasEnded(authentication.getName(), signedInAt);
    }
}
