package app.scorecard.web.sessions;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.util.function.Supplier;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.ServerCookie;
import org.apache.tomcat.util.http.ServerCookies;

/**
 * Tomcat's own session cookie ({@code JSESSIONID}, sessions in memory) as a {@code __Host-JSESSIONID} cookie on a request
 * over HTTPS — directly or through a trusted proxy — so that nobody but this host over HTTPS can set it: {@code Secure},
 * {@code Path=/}, no {@code Domain}. Tomcat names its session cookie once for the whole app, so the name is changed
 * here, where the cookie is written, and changed back where the browser's cookies are read (before Tomcat knows
 * whether a proxy forwarded HTTPS, so the prefixed name is accepted on any request: a browser sends it over HTTPS only).
 */
final class SecureSessionCookieProcessor implements CookieProcessor {

    static final String PREFIX = "__Host-";

    /** What a plain session cookie sent beside a {@code __Host-} one is renamed to: no session is looked up by it. */
    static final String IGNORED = "ignored-";

    private final CookieProcessor cookies;
    private final Supplier<String> sessionCookieName;

    SecureSessionCookieProcessor(CookieProcessor cookies, Supplier<String> sessionCookieName) {
        this.cookies = cookies;
        this.sessionCookieName = sessionCookieName;
    }

    /**
     * Beside a {@code __Host-} session cookie, a plain one is ignored (renamed to {@link #IGNORED}), whatever their
     * order: someone who could set a cookie for this host over plain HTTP (or from a sibling domain) cannot put their
     * session in place of the person's. A plain one alone on a request over HTTPS is dealt with by
     * {@link PlainSessionCookieFilter}, once the proxy's forwarded scheme is known.
     */
    @Override
    public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
        cookies.parseCookieHeader(headers, serverCookies);
        String plainName = sessionCookieName.get();
        String secureName = PREFIX + plainName;
        boolean secureOneSent = false;
        for (int i = 0; i < serverCookies.getCookieCount(); i++) {
            secureOneSent |= serverCookies.getCookie(i).getName().equals(secureName);
        }
        if (!secureOneSent) {
            return;
        }
        for (int i = 0; i < serverCookies.getCookieCount(); i++) {
            ServerCookie cookie = serverCookies.getCookie(i);
            if (cookie.getName().equals(plainName)) {
                cookie.getName().setString(IGNORED + plainName);
            } else if (cookie.getName().equals(secureName)) {
                cookie.getName().setString(plainName);
            }
        }
    }

    @Override
    public String generateHeader(Cookie cookie, HttpServletRequest request) {
        if (!request.isSecure() || !cookie.getName().equals(sessionCookieName.get())) {
            return cookies.generateHeader(cookie, request);
        }
        Cookie secure = new Cookie(PREFIX + cookie.getName(), cookie.getValue());
        cookie.getAttributes().forEach(secure::setAttribute);
        secure.setDomain(null);
        secure.setPath("/");
        secure.setSecure(true);
        return cookies.generateHeader(secure, request);
    }

    @Override
    public Charset getCharset() {
        return cookies.getCharset();
    }
}
