package app.scorecard.account.internal;

import app.scorecard.account.internal.ProviderSignIns.ProviderSignIn;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a person the provider signed in into the account they sign in as ({@link ProviderSignIns}), refusing a
 * deactivated account as a password sign-in would. A first sign-in that lost a race to make the account is tried once
 * more, and finds it.
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
        Instant readAt = sessions.accountReadNow();
        ProviderSignIn signIn;
        try {
            signIn = transaction.execute(status -> signIns.accountOf(person));
        } catch (DataIntegrityViolationException clash) {
            // another first sign-in of this person (or one taking the same username) committed meanwhile
            signIn = transaction.execute(status -> signIns.accountOf(person));
        }
        UserAccount account = signIn.account();
        if (signIn.rolesChanged()) {
            // the person's other sessions still carry the roles they had
            sessions.endEarlierThan(account.getUsername(), readAt);
        }
        if (!account.isEnabled()) {
            throw new DisabledException("The account is deactivated");
        }
        return new OidcSignedInUser(account, account.authorities(), person.getIdToken(), person.getUserInfo());
    }
}
