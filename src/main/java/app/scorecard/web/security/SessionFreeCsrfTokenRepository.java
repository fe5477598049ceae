package app.scorecard.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens for the pages that must work without a session — a link's questionnaire and the sign-in form — kept in a
 * cookie beside the form (double submit). A forged form must carry the cookie's value, which another site can neither
 * read nor set: over HTTPS the cookie is a {@code __Host-} cookie, which the browser accepts only from this very host
 * over HTTPS (a neighbouring subdomain or a plain-HTTP man in the middle cannot plant one); it is {@code SameSite=Strict}
 * and {@code HttpOnly}; and a request that the browser says comes from another site, even a neighbouring subdomain
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}), has its cookie ignored, so its form is refused — without
 * replacing the token of the form the person has open.
 */
final class SessionFreeCsrfTokenRepository implements CsrfTokenRepository {

    static final String NAME = "scorecard-csrf";
    static final String SECURE_NAME = "__Host-" + NAME;

    private static final String PARAMETER = "_csrf";
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return new DefaultCsrfToken(
                HEADER, PARAMETER, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (fromAnotherSite(request)) {
            return; // refused anyway: a forged form must not replace the token of the form the person has open
        }
        ResponseCookie cookie = ResponseCookie.from(name(request), token == null ? "" : token.getToken())
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .maxAge(token == null ? 0 : -1)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || fromAnotherSite(request)) {
            return null;
        }
        String name = name(request);
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return new DefaultCsrfToken(HEADER, PARAMETER, cookie.getValue());
            }
        }
        return null;
    }

    /** A form sent from another site, as the browser says; a page opened from one (a link in a mail) is fine. */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && OTHER_SITES.contains(site) && !SAFE_METHODS.contains(request.getMethod());
    }

    private static String name(HttpServletRequest request) {
        return request.isSecure() ? SECURE_NAME : NAME;
    }
}
