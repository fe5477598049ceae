package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.ScorecardIntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a reverse proxy, on a real server (Tomcat's RemoteIpValve does not run under MockMvc): the proxy is trusted
 * at 127.0.0.1 only, and requests come over sockets bound either to it or to 127.0.0.2, a stranger on the same
 * machine. What a trusted proxy forwards — the client's address, HTTPS, the host — is what the app sees, with
 * {@code Secure} {@code __Host-} cookies and HSTS; what anyone else sends in the same headers changes nothing.
 */
@ScorecardIntegrationTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
@Import(ReverseProxyTests.Echo.class)
class ReverseProxyTests {

    private static final String PROXY = "127.0.0.1";
    private static final String STRANGER = "127.0.0.2";
    private static final String FORWARDED =
            "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: scorecard.example.org\r\n";

    @LocalServerPort
    int port;

    @Test
    void theClientsAddressTheSchemeAndTheHostComeFromATrustedProxy() throws IOException {
        Response seen = send(PROXY, "GET /proxy-echo", FORWARDED);

        assertThat(seen.body()).isEqualTo("203.0.113.7 https scorecard.example.org 443 secure");
    }

    @Test
    void forwardedHeadersFromAnyoneElseAreIgnored() throws IOException {
        Response seen = send(STRANGER, "GET /proxy-echo", FORWARDED);

        assertThat(seen.body()).isEqualTo("127.0.0.2 http localhost " + port + " plain");
    }

    @Test
    void overHttpsForwardedByTheProxyCookiesAreSecureHostCookiesAndHstsIsOn() throws IOException {
        Response login = send(PROXY, "GET /login", FORWARDED);

        assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(login.cookies())
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .startsWith("__Host-scorecard-csrf=")
                        .contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict")
                        .doesNotContain("Domain"));

        Response signIn = signIn(PROXY, FORWARDED, login);
        assertThat(signIn.header("Location")).as(signIn.toString()).isEqualTo("/");
        String session = signIn.cookies().stream()
                .filter(cookie -> cookie.startsWith("__Host-JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(session).contains("Path=/", "Secure", "HttpOnly").doesNotContain("Domain");

        Response teams = send(PROXY, "GET /teams", FORWARDED + "Cookie: " + value(session) + "\r\n");
        assertThat(teams.status()).isEqualTo(200);
    }

    @Test
    void overPlainHttpAndFromAStrangerClaimingHttpsCookiesArePlainAndThereIsNoHsts() throws IOException {
        for (Response login : List.of(send(PROXY, "GET /login", ""), send(STRANGER, "GET /login", FORWARDED))) {
            assertThat(login.header("Strict-Transport-Security")).isNull();
            assertThat(login.cookies())
                    .singleElement()
                    .satisfies(cookie ->
                            assertThat(cookie).startsWith("scorecard-csrf=").doesNotContain("Secure"));

            Response signIn = signIn(STRANGER, FORWARDED, login);
            assertThat(signIn.header("Location")).as(signIn.toString()).isEqualTo("/");
            assertThat(signIn.cookies())
                    .anySatisfy(cookie ->
                            assertThat(cookie).startsWith("JSESSIONID=").doesNotContain("Secure"));
        }
    }

    /**
     * Every redirect says only the path, so a Host header someone sent (directly, or forwarded by the proxy, which passes
     * on whatever Host it is given) never comes back in a Location: to the sign-in page, after signing in, and after
     * signing out.
     */
    @Test
    void redirectsNeverRepeatAHostSomeoneSent() throws IOException {
        String evil = "X-Forwarded-Host: evil.example\r\n";
        for (String from : List.of(PROXY, STRANGER)) {
            Response toSignIn = sendAs(from, "evil.example", "GET /teams", evil);
            assertThat(toSignIn.status()).isEqualTo(302);
            assertThat(toSignIn.header("Location")).isEqualTo("/login");
            // HTTP/1.0, as nginx speaks to the app unless told otherwise: Tomcat alone would write an absolute address
            Response oldProtocol = sendAs(from, "evil.example", "GET /teams HTTP/1.0", FORWARDED + evil);
            assertThat(oldProtocol.status()).isEqualTo(302);
            assertThat(oldProtocol.header("Location")).isEqualTo("/login");

            Response login = sendAs(from, "evil.example", "GET /login", evil);
            Response signedIn = signIn(from, "evil.example", evil, login, "member");
            assertThat(signedIn.header("Location")).isEqualTo("/");
            String session = signedIn.cookies().stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(sendAs(from, "evil.example", "GET /", evil + "Cookie: " + value(session) + "\r\n")
                            .body());
            assertThat(token.find()).isTrue();
            String form = "_csrf=" + token.group(1);
            Response signedOut = exchange(
                    from,
                    "evil.example",
                    "POST /logout",
                    evil + "Cookie: " + value(session) + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: " + form.length() + "\r\n",
                    form);
            assertThat(signedOut.header("Location")).isEqualTo("/login?logout");
        }
    }

    /**
     * Someone who can set a cookie for the host over plain HTTP signs in as themselves and gives the person's browser
     * their session cookie without the prefix: over HTTPS it is not the person's session, alone or beside their own.
     */
    @Test
    void overHttpsAPlainSessionCookieIsNobodysSession() throws IOException {
        Response plainLogin = send(STRANGER, "GET /login", "");
        String planted = value(signIn(STRANGER, "", plainLogin, "member").cookies().stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow());
        assertThat(send(STRANGER, "GET /teams", "Cookie: " + planted + "\r\n").status())
                .as("the planted session works over plain HTTP")
                .isEqualTo(200);

        Response alone = send(PROXY, "GET /teams", FORWARDED + "Cookie: " + planted + "\r\n");
        assertThat(alone.status()).isEqualTo(302);
        assertThat(alone.header("Location")).isEqualTo("/login");

        Response login = send(PROXY, "GET /login", FORWARDED);
        String own = value(signIn(PROXY, FORWARDED, login, "manager").cookies().stream()
                .filter(cookie -> cookie.startsWith("__Host-JSESSIONID="))
                .findFirst()
                .orElseThrow());
        Response beside = send(PROXY, "GET /", FORWARDED + "Cookie: " + planted + "; " + own + "\r\n");
        assertThat(beside.status()).isEqualTo(200);
        assertThat(beside.body()).contains("Maya Manager").doesNotContain("Mo Member");
    }

    private Response signIn(String from, String headers, Response loginPage) throws IOException {
        return signIn(from, headers, loginPage, "member");
    }

    private Response signIn(String from, String headers, Response loginPage, String username) throws IOException {
        return signIn(from, "localhost:" + port, headers, loginPage, username);
    }

    private Response signIn(String from, String host, String headers, Response loginPage, String username)
            throws IOException {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + username + "&_csrf=" + token.group(1);
        return exchange(
                from,
                host,
                "POST /login",
                headers + "Cookie: " + value(loginPage.cookies().get(0)) + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\n",
                form);
    }

    private static String value(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private Response send(String from, String requestLine, String headers) throws IOException {
        return send(from, requestLine, headers, "");
    }

    private Response sendAs(String from, String host, String requestLine, String headers) throws IOException {
        return exchange(from, host, requestLine, headers, "");
    }

    private Response send(String from, String requestLine, String headers, String body) throws IOException {
        return exchange(from, "localhost:" + port, requestLine, headers, body);
    }

    /** One HTTP/1.1 exchange over a socket bound to {@code from}: the JDK's client cannot choose its own address. */
    private Response exchange(String from, String host, String requestLine, String headers, String body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + (requestLine.endsWith("HTTP/1.0") ? "" : " HTTP/1.1") + "\r\nHost: " + host
                            + "\r\nConnection: close\r\n" + headers + "\r\n" + body)
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Response.of(all.toString(StandardCharsets.UTF_8));
        }
    }

    record Response(int status, List<String> headers, String body) {

        static Response of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            String body = raw.substring(end + 4);
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            if (headers.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"))) {
                body = unchunked(body);
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String unchunked(String body) {
            StringBuilder text = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return text.toString();
                }
                // sizes count bytes; the pages are ASCII apart from a few characters that only shorten the last chunk
                int start = lineEnd + 2;
                int stop = Math.min(body.length(), start + size);
                text.append(body, start, stop);
                at = stop + 2;
                if (at >= body.length()) {
                    return text.toString();
                }
            }
        }

        String header(String name) {
            return headers.stream()
                    .filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).strip())
                    .findFirst()
                    .orElse(null);
        }

        List<String> cookies() {
            return headers.stream()
                    .filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(h -> h.substring(11).strip())
                    .toList();
        }
    }

    /** What the app sees of a request, before any of its own filters. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Echo {

        @Bean
        FilterRegistrationBean<?> proxyEcho() {
            FilterRegistrationBean<jakarta.servlet.Filter> echo =
                    new FilterRegistrationBean<>((request, response, chain) -> {
                        HttpServletRequest seen = (HttpServletRequest) request;
                        response.setContentType("text/plain");
                        response.getWriter()
                                .write(seen.getRemoteAddr() + " " + seen.getScheme() + " " + seen.getServerName() + " "
                                        + seen.getServerPort() + " " + (seen.isSecure() ? "secure" : "plain"));
                    });
            echo.addUrlPatterns("/proxy-echo");
            echo.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return echo;
        }
    }
}
