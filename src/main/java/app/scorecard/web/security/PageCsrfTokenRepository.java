package app.scorecard.web.security;

import app.scorecard.web.layout.LanguageForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the pages' CSRF tokens live. In the session for everything signed in: a token belongs to its session, and one
 * from another session is refused. Without a session on the two kinds of page that must work without one
 * ({@link SessionFreeCsrfTokenRepository}): a link's questionnaire ({@code /i/…}) — people answering through a link
 * never need a session, so their answers can be handed back on a 503 page even while the database that holds sessions
 * is out of reach — and the sign-in form, so that showing it makes no session; so is their language form, sent without a
 * session.
 */
final class PageCsrfTokenRepository implements CsrfTokenRepository {

    private static final RequestMatcher LANGUAGE_FORM =
            PathPatternRequestMatcher.withDefaults().matcher(LanguageForm.PATH);

    private final RequestMatcher sessionFree = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/i/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/login"),
            // the language form of those two pages, sent by someone without a session
            request -> LANGUAGE_FORM.matches(request) && request.getSession(false) == null);
    private final CsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CsrfTokenRepository withoutSession = new SessionFreeCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }

    /** Chosen once, by the request as it came in: an error page rendered for it uses the same. */
    @Override
    public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
        return of(request).loadDeferredToken(request, response);
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return sessionFree.matches(request) ? withoutSession : inSession;
    }
}
