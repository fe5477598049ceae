package app.scorecard.assessment.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The secret that makes a link's draft belong to the browser that saved it: 256 random bits in a cookie only this site
 * reads ({@code HttpOnly}, {@code SameSite=Lax}; over HTTPS a {@code __Host-} cookie, {@code Secure}, bound to this
 * host). The draft keeps only a hash of it with the link, so the stored value opens nothing. One secret per browser,
 * made at its first save through any link; a browser that never saves gets none.
 */
final class BrowserSecret {

    static final String NAME = "scorecard-respondent";
    static final String SECURE_NAME = "__Host-" + NAME;

    private static final Duration LIFETIME = Duration.ofDays(180);
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserSecret() {}

    /** The browser's secret, if it sent a well-formed one. */
    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = request.isSecure() ? SECURE_NAME : NAME;
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)
                    && WELL_FORMED.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The browser's secret, made and handed to the browser now if it has none. */
    static String ensure(HttpServletRequest request, HttpServletResponse response) {
        String existing = of(request);
        if (existing != null) {
            return existing;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ResponseCookie cookie = ResponseCookie.from(request.isSecure() ? SECURE_NAME : NAME, secret)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return secret;
    }
}
