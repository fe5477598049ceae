package app.scorecard.web.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The layout's language form ({@code ${@languageForm}}): where it is shown and which page it comes back to. Signed-in
 * people have it on every page; anonymous visitors on the sign-in page and a link's questionnaire, whose forms need no
 * session ({@link app.scorecard.web.security.PageCsrfTokenRepository}) — anywhere else its CSRF token would make one.
 */
@Component("languageForm")
public class LanguageForm {

    /** Where the form is sent; an anonymous visitor's, without a session, is checked like the sign-in form's. */
    public static final String PATH = "/language";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    public boolean shown() {
        if (TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            return true;
        }
        String path = path(request());
        return path.equals("/login") || path.startsWith("/i/");
    }

    /** The page to show again in the chosen language: this one when it was opened (GET), else the home page. */
    public String back() {
        HttpServletRequest request = request();
        String path = path(request);
        boolean opened =
                "GET".equals(request.getMethod()) && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null;
        if (opened) {
            String query = request.getQueryString();
            return query == null ? path : path + "?" + query;
        }
        return path.startsWith("/i/") ? path : "/";
    }

    /** The path the request came in with, an error page's too, without the context path. */
    private static String path(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
