package app.scorecard.account.internal;

import app.scorecard.account.Language;
import app.scorecard.account.SignedInUser;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the provider: to every page the same {@link SignedInUser} as after a password sign-in
 * (named by the account's username), to Spring Security's OpenID Connect support an {@link OidcUser}.
 */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

    /** As before the language was added: sessions stored then still read. */
    private static final long serialVersionUID = -7085500605249378836L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcSignedInUser(
            UserAccount account,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        this(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.isEnabled(),
                account.language().orElse(null),
                authorities,
                idToken,
                userInfo);
    }

    private OidcSignedInUser(
            long accountId,
            String username,
            String displayName,
            boolean enabled,
            @Nullable Language language,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(accountId, username, displayName, "", enabled, false, false, language, authorities);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public SignedInUser withLanguage(Language chosen) {
        return new OidcSignedInUser(
                getAccountId(),
                getUsername(),
                getDisplayName(),
                isEnabled(),
                chosen,
                getAuthorities(),
                idToken,
                userInfo);
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
