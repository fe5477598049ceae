package app.scorecard.web.security;

import app.scorecard.web.layout.LanguageForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Who may reach what. The JSON API is stateless and authenticated with a personal API token ({@code Authorization:
 * Bearer}) or HTTP Basic (unless {@code scorecard.api.basic-auth=false}), and so are the actuator's endpoints
 * (health open to all, for load balancers; metrics for admins); the pages use a session with form login and CSRF
 * tokens on every form, and sign in with a password (unless {@code scorecard.local-sign-in=false}) or, when the
 * accounts module registers a provider ({@link ClientRegistrationRepository}), through OpenID Connect. Per-object checks (whose team, whose round) live in the services. Where a refused sign-in goes
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
            HttpSecurity http,
            SecurityAuditLog audit,
            AuthenticationFailureHandler signInRefused,
            ObjectProvider<ClientRegistrationRepository> singleSignOn,
            @Value("${scorecard.local-sign-in:true}") boolean localSignIn)
            throws Exception {
        if (localSignIn) {
            http.formLogin(form ->
                    form.loginPage("/login").failureHandler(signInRefused).permitAll());
        }
        // without form sign-in, a POST to /login reaches no filter and is refused (405)
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()));
        ClientRegistrationRepository provider = singleSignOn.getIfAvailable();
        if (provider != null) {
            // the accounts' OAuth2UserService bean turns the provider's person into a SignedInUser
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(provider)
                    .failureHandler(signInRefused));
        }
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
                                LanguageForm.PATH,
                                "/password",
                                "/i/*",
                                "/i/*/discard")
                        .permitAll()
                        .requestMatchers("/accounts/**", "/admin/**", "/teams/*/people")
                        .hasRole("ADMIN")
                        // the organisation's pooled numbers: admins and the leaders they name
                        .requestMatchers("/organisation", "/organisation/**")
                        .hasAnyRole("ADMIN", "LEADER")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/teams",
                                "/teams/*/members",
                                "/teams/*/members/**",
                                "/teams/*/manager-held-links")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // CSRF tokens in the session, except where a page must work without one (PageCsrfTokenRepository).
                .csrf(csrf -> csrf.csrfTokenRepository(new PageCsrfTokenRepository()))
                // The page asked for before signing in waits in a cookie, not in a session an anonymous visit would
                // make.
                .requestCache(cache -> cache.requestCache(pageAskedFor()))
                .exceptionHandling(
                        exceptions -> exceptions.accessDeniedHandler(audit.logging(new AccessDeniedHandlerImpl())))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Sends to the sign-in page by its path alone, never by an address built from the request's Host. */
    static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        signIn.setFavorRelativeUris(true);
        return signIn;
    }

    /** Only a page opened (GET) is returned to after signing in; the cookie holds its path, never another host. */
    private static RequestCache pageAskedFor() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }
}
