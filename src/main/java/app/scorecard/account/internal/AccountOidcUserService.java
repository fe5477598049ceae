package app.scorecard.account.internal;

import app.scorecard.account.Role;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a person the provider signed in into the account they sign in as ({@link ProviderSignIns}), refusing a
 * deactivated account as a password sign-in would.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider = new OidcUserService();
    private final ProviderSignIns signIns;
    private final SignedInSessions sessions;
    private final TransactionTemplate transaction;

    AccountOidcUserService(ProviderSignIns signIns, SignedInSessions sessions, TransactionTemplate transaction) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.transaction = transaction;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        sessions.accountReadNow();
        UserAccount account = transaction.execute(status -> signIns.accountOf(person));
        if (!account.isEnabled()) {
            throw new DisabledException("The account is deactivated");
        }
        return new OidcSignedInUser(
                account,
                account.getRoles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList(),
                person.getIdToken(),
                person.getUserInfo());
    }
}
