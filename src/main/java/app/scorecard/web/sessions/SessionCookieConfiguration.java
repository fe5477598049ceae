package app.scorecard.web.sessions;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.catalina.util.SessionConfig;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, wherever sessions live, is {@code Secure} and named {@code __Host-…} exactly when the request is
 * over HTTPS (directly, or through a trusted proxy that forwarded {@code X-Forwarded-Proto: https}), and a plain
 * {@code HttpOnly}, {@code SameSite=Lax} cookie otherwise — so that the app also runs over plain HTTP on a laptop.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    /** Sessions in Tomcat's memory (the default): {@code JSESSIONID}, or {@code __Host-JSESSIONID} over HTTPS. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> secureSessionCookie() {
        return factory ->
                factory.addContextCustomizers(context -> context.setCookieProcessor(new SecureSessionCookieProcessor(
                        context.getCookieProcessor(), () -> SessionConfig.getSessionCookieName(context))));
    }

    /** Sessions in the database (Spring Session, the postgres profile): {@code SESSION}, or {@code __Host-SESSION}. */
    @Bean
    CookieSerializer sessionCookieSerializer() {
        DefaultCookieSerializer plain = serializer("SESSION");
        DefaultCookieSerializer secure = serializer(SecureSessionCookieProcessor.PREFIX + "SESSION");
        secure.setUseSecureCookie(true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                (value.getRequest().isSecure() ? secure : plain).writeCookieValue(value);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return (request.isSecure() ? secure : plain).readCookieValues(request);
            }
        };
    }

    private static DefaultCookieSerializer serializer(String name) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }
}
