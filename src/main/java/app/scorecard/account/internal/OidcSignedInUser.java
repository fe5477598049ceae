package app.scorecard.account.internal;

import app.scorecard.account.SignedInUser;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the provider: to every page the same {@link SignedInUser} as after a password sign-in
 * (named by the account's username), to Spring Security's OpenID Connect support an {@link OidcUser}.
 */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcSignedInUser(
            UserAccount account,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                "",
                account.isEnabled(),
                false,
                authorities);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
