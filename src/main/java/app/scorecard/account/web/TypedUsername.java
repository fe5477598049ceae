package app.scorecard.account.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The username of a refused sign-in, carried to the sign-in page it is sent back to in a cookie that lives a minute
 * and is read once — not in a session, so that a refused sign-in makes none (with the {@code postgres} profile, a row
 * per attempt). Only the browser that typed it gets it back; over HTTPS a {@code __Host-} cookie, {@code Secure}.
 */
final class TypedUsername {

    static final String NAME = "scorecard-username";
    static final String SECURE_NAME = "__Host-" + NAME;

    private static final int KEPT_LENGTH = 200;
    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private TypedUsername() {}

    static void remember(HttpServletRequest request, HttpServletResponse response, String typed) {
        if (typed != null) {
            String kept = typed.length() > KEPT_LENGTH ? typed.substring(0, KEPT_LENGTH) : typed;
            String value =
                    Base64.getUrlEncoder().withoutPadding().encodeToString(kept.getBytes(StandardCharsets.UTF_8));
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, LIFETIME));
        }
    }

    /** The username remembered for this page, if any — forgotten now: it is shown once. */
    static String takeBack(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = request.isSecure() ? SECURE_NAME : NAME;
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO));
                try {
                    return new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
        return ResponseCookie.from(request.isSecure() ? SECURE_NAME : NAME, value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
