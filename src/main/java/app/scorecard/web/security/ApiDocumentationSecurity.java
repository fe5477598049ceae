package app.scorecard.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Swagger UI ({@link app.scorecard.web.ApiDocumentation}), served from springdoc's webjar on our own origin, for
 * signed-in people like every page. Its scripts are files, so scripts stay {@code 'self'} only; but it adds a
 * {@code <style>} element of its own while it renders, which the pages' policy refuses — so its paths, and only those,
 * also allow inline styles.
 * Styles cannot run code, and the page shows nothing but our own API's description.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationSecurity {

    static final String SWAGGER_UI_POLICY = SecurityConfiguration.CONTENT_SECURITY_POLICY.replace(
            "style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    @Order(1) // beside the API's chain: neither matches the other's paths
    SecurityFilterChain swaggerUiSecurity(HttpSecurity http, SecurityAuditLog audit) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityConfiguration.signInPage())
                        .accessDeniedHandler(audit.logging(new AccessDeniedHandlerImpl())))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
