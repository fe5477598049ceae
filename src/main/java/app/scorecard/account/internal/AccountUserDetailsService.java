package app.scorecard.account.internal;

import app.scorecard.account.SignedInUser;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets Spring Security sign people in against the stored accounts. A username locked by {@link SignInThrottle} at the
 * request's address comes back locked, an account or not, so Spring Security refuses it before checking the password;
 * a deactivated account comes back disabled and one with a temporary password with expired credentials, both refused
 * only after the password is checked ({@link SignInConfiguration}).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    /** No password hashes to this: the stand-in for a locked unknown username never gets as far as a comparison. */
    private static final String NO_PASSWORD = "{noop}";

    private static final String LOCKED_STAND_IN = "locked";

    private final UserAccountRepository accounts;
    private final SignInThrottle throttle;
    private final SignedInSessions sessions;

    AccountUserDetailsService(UserAccountRepository accounts, SignInThrottle throttle, SignedInSessions sessions) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        sessions.accountReadNow(); // before the read: a change committed after this moment ends the session it starts
        boolean locked = throttle.isLocked(username);
        Optional<UserAccount> found = accounts.findByUsername(AccountRules.normalizeUsername(username));
        if (found.isEmpty() && locked) {
            // refused before any hash, like a locked account: a locked sign-in says nothing about who exists
            return User.withUsername(LOCKED_STAND_IN)
                    .password(NO_PASSWORD)
                    .accountLocked(true)
                    .build();
        }
        UserAccount account = found.orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                locked,
                account.mustChangePassword(),
                account.language().orElse(null),
                account.authorities());
    }
}
