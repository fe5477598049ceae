package app.scorecard.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. The JSON API is stateless and authenticated with a personal API token ({@code Authorization:
 * Bearer}) or HTTP Basic (unless {@code scorecard.api.basic-auth=false}), and so are the actuator's endpoints
 * (health open to all, for load balancers; metrics for admins); the pages use a session with form login and CSRF
 * tokens on every form. Per-object checks (whose team, whose round) live in the services. Where a refused sign-in goes
 * is the accounts' business (an {@link AuthenticationFailureHandler} bean), and so is ending the sessions of an account
 * an admin changed (a {@code Customizer<HttpSecurity>} bean, applied to both chains).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            SecurityAuditLog audit,
            OpaqueTokenIntrospector apiTokens,
            OpaqueTokenAuthenticationConverter apiTokenPrincipal,
            @Value("${scorecard.api.basic-auth:true}") boolean basicAuth)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(basicAuth);
        OpaqueTokenAuthenticationProvider bearer = new OpaqueTokenAuthenticationProvider(apiTokens);
        bearer.setAuthenticationConverter(apiTokenPrincipal);
        if (basicAuth) {
            http.httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems));
        }
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/question-sets/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // personal API tokens (the accounts' beans), on a manager of their own that publishes no events: a
                // refused token is no password guess for the sign-in throttle, and its "name" is the secret itself
                .oauth2ResourceServer(tokens -> tokens.opaqueToken(
                                opaque -> opaque.authenticationManager(new ProviderManager(bearer)))
                        .authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(audit.logging(problems)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies, no session: each call carries its credentials, and the API accepts JSON bodies only,
                // which a cross-site form cannot send. CSRF tokens protect the browser forms instead.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(
            HttpSecurity http, SecurityAuditLog audit, AuthenticationFailureHandler signInRefused) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/robots.txt",
                                "/error",
                                "/login",
                                "/setup",
                                "/password",
                                "/i/*",
                                "/i/*/discard")
                        .permitAll()
                        .requestMatchers("/accounts/**", "/admin/**", "/teams/*/people")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/teams",
                                "/teams/*/members",
                                "/teams/*/members/**",
                                "/teams/*/manager-held-links")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // The CSRF token travels in a cookie beside the form (double submit), not in the session: people
                // answering through a link never need a session, so their answers can be handed back on a 503 page
                // even while the database that holds sessions is out of reach.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .formLogin(form ->
                        form.loginPage("/login").failureHandler(signInRefused).permitAll())
                .exceptionHandling(
                        exceptions -> exceptions.accessDeniedHandler(audit.logging(new AccessDeniedHandlerImpl())))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
