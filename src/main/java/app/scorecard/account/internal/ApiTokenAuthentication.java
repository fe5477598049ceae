package app.scorecard.account.internal;

import app.scorecard.account.SignedInUser;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * How the API's {@code Authorization: Bearer} tokens sign a call in: Spring Security's resource server asks the
 * introspector about the token ({@link ApiTokens#authenticate}), and the converter makes the call's principal the same
 * {@link SignedInUser} a password sign-in gives, so every endpoint works alike with either. One refusal for every
 * reason, so a caller learns nothing about which tokens exist.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenAuthentication {

    @Bean
    OpaqueTokenIntrospector apiTokenIntrospector(ApiTokens tokens) {
        return token -> tokens.authenticate(token)
                .map(TokenPrincipal::new)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is not valid"));
    }

    @Bean
    OpaqueTokenAuthenticationConverter apiTokenAuthenticationConverter() {
        return (token, principal) -> {
            SignedInUser user = ((TokenPrincipal) principal).user();
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }

    /** What the introspector hands the converter: the person the token stands for. */
    record TokenPrincipal(SignedInUser user) implements OAuth2AuthenticatedPrincipal {

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.getAuthorities();
        }

        @Override
        public String getName() {
            return user.getUsername();
        }
    }
}
