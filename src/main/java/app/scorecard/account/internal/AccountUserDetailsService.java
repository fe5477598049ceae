package app.scorecard.account.internal;

import app.scorecard.account.AccountRules;
import app.scorecard.account.Role;
import app.scorecard.account.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets Spring Security sign people in against the stored accounts. A username under {@link SignInThrottle} comes back
 * locked, so Spring Security refuses it before checking the password; a deactivated account comes back disabled and
 * one with a temporary password with expired credentials, both refused only after the password is checked
 * ({@link SignInConfiguration}).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

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
        UserAccount account = accounts.findByUsername(AccountRules.normalizeUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getPasswordHash(),
                account.isEnabled(),
                throttle.isLocked(account.getUsername()),
                account.mustChangePassword(),
                account.getRoles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
    }
}
