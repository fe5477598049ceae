/**
 * Who may reach what: the API's stateless filter chain (API tokens, HTTP Basic, 401/403 as problem JSON), the pages'
 * chain (form and OpenID Connect sign-in, CSRF tokens in the session or, on the pages that work without one, in a
 * cookie), Swagger UI's, relative redirects and the log of sign-ins and refusals. Per-object rules (whose team, whose
 * round) are the services' business, and accounts, tokens and sign-in throttling the {@code account} module's. Internal
 * to {@code web}: no other module uses it.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.web.security;
