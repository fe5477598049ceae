package app.scorecard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

/** Which pages keep their CSRF token in the session, and which in a cookie. */
class PageCsrfTokenRepositoryTests {

    private final PageCsrfTokenRepository tokens = new PageCsrfTokenRepository();

    @Test
    void theSignInFormAndALinksQuestionnaireKeepTheirTokenInACookieAndMakeNoSession() {
        for (String path : new String[] {"/login", "/i/abc", "/i/abc/discard"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            MockHttpServletResponse response = new MockHttpServletResponse();

            CsrfToken token = tokens.loadDeferredToken(request, response).get();

            assertThat(request.getSession(false)).as(path).isNull();
            assertThat(response.getHeader("Set-Cookie")).as(path).startsWith("scorecard-csrf=" + token.getToken());
        }
    }

    @Test
    void signedInPagesKeepTheirTokenInTheSession() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/teams");
        MockHttpServletResponse response = new MockHttpServletResponse();

        CsrfToken token = tokens.loadDeferredToken(request, response).get();

        assertThat(request.getSession(false)).isNotNull();
        assertThat(tokens.loadToken(request).getToken()).isEqualTo(token.getToken());
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aCookieSentFromAnotherSiteIsNotRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/i/abc");
        request.setCookies(new Cookie("scorecard-csrf", "a-token"));
        assertThat(tokens.loadToken(request)).isNotNull();

        for (String site : new String[] {"cross-site", "same-site"}) {
            request.addHeader("Sec-Fetch-Site", site);
            assertThat(tokens.loadToken(request)).as(site).isNull();
            request.removeHeader("Sec-Fetch-Site");
        }
        request.addHeader("Sec-Fetch-Site", "same-origin");
        assertThat(tokens.loadToken(request)).isNotNull();
    }
}
