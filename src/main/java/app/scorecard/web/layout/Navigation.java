package app.scorecard.web.layout;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which parts of the layout's navigation the person sees: none when no one is signed in, the heatmap for managers,
 * leaders and admins, the organisation's view for leaders and admins, accounts and the question bank for admins — the
 * pages' own access rules. Worked out once per page from the
 * authorities (a security expression per link cost 6 % of a questionnaire view), by {@link NavigationLinks}.
 */
public record Navigation(boolean signedIn, boolean heatmap, boolean organisation, boolean admin) {

    static final Navigation SIGNED_OUT = new Navigation(false, false, false, false);

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static Navigation of(@Nullable Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return SIGNED_OUT;
        }
        boolean admin = false;
        boolean manager = false;
        boolean leader = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            admin |= "ROLE_ADMIN".equals(authority.getAuthority());
            manager |= "ROLE_MANAGER".equals(authority.getAuthority());
            leader |= "ROLE_LEADER".equals(authority.getAuthority());
        }
        return new Navigation(true, admin || manager || leader, admin || leader, admin);
    }
}
