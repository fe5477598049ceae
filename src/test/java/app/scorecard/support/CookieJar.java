package app.scorecard.support;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: sends the cookies the application has set, and keeps the ones it sets in its answers — as
 * a person answering through a link does, with no account and no session.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Performs the request with this browser's cookies, and keeps the cookies of the answer. */
    public MockHttpServletResponse perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.entrySet().stream()
                    .map(cookie -> new Cookie(cookie.getKey(), cookie.getValue()))
                    .toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }

    /** The cookies this browser holds, by name: to copy, or to forge. */
    public Map<String, String> cookies() {
        return cookies;
    }
}
