package app.scorecard.web.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * Every redirect the app makes says only the path ({@code Location: /login}), and the browser reads it against the
 * address it used: no redirect repeats a {@code Host} header someone sent. Tomcat would otherwise write an absolute
 * address from the request's host — always for an HTTP/1.0 request, which is what nginx sends its upstreams unless told
 * otherwise. Ahead of every other filter that may redirect (security's included).
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
        RelativeRedirectFilter filter = new RelativeRedirectFilter();
        filter.setRedirectStatus(HttpStatus.FOUND);
        FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
