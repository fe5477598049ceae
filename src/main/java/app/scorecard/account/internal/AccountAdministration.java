package app.scorecard.account.internal;

import app.scorecard.account.Account;
import app.scorecard.account.Role;
import app.scorecard.account.internal.SignedInSessions.SignInsEnded;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins change about accounts: the name, roles and leader designation, deactivation and reactivation, a password reset to a
 * temporary password, and unlocking sign-ins that failed sign-ins locked. An admin never takes the admin role or access away from themselves, and there is always an
 * active admin left. Taking access away (roles or leader designation changed, deactivated, password reset) ends the account's sessions.
 * Every change is logged (logger {@code app.scorecard.security}) with who did what to whom, never a password.
 */
@Service
@Transactional
public class AccountAdministration {

    private static final Logger audit = LoggerFactory.getLogger("app.scorecard.security");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TemporaryPasswords temporaryPasswords;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;

    AccountAdministration(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            TemporaryPasswords temporaryPasswords,
            ApplicationEventPublisher events,
            SignInThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.temporaryPasswords = temporaryPasswords;
        this.events = events;
        this.throttle = throttle;
    }

    /** Every account, by username, with its email and ways to sign in. */
    @Transactional(readOnly = true)
    public List<ListedAccount> list() {
        return accounts.findAllByOrderByUsername().stream()
                .map(account -> new ListedAccount(
                        account.toAccount(), account.getEmail(), account.hasLocalPassword(), account.isLinked()))
                .toList();
    }

    /** @throws AccountNotFoundException when there is no such account */
    @Transactional(readOnly = true)
    public AccountDetails details(long accountId) {
        UserAccount account = find(accountId);
        return new AccountDetails(
                account.toAccount(),
                account.getLockVersion(),
                account.getEmail(),
                account.mustChangePassword(),
                throttle.lockedUntil(account.getUsername()).orElse(null));
    }

    /**
     * Renames the account (a blank name becomes the username) and gives it these roles.
     *
     * @param version the version the admin saw: a change made since is not overwritten
     * @throws InvalidAccountException when a rule is broken, or the change would take the admin role from the admin
     *     making it or from the last active admin
     * @throws ObjectOptimisticLockingFailureException when the account changed since {@code version}
     */
    public Account update(
            long adminId, long accountId, long version, String displayName, @Nullable String email, Set<Role> roles) {
        return update(adminId, accountId, version, displayName, email, roles, null);
    }

    /**
     * Renames the account, gives it these roles, and names it a leader or no longer (a leader sees the organisation's
     * pooled numbers). A change of roles or of the leader designation ends the account's sessions: they carry both.
     *
     * @param leader {@code null} leaves the designation as it is
     * @see #update(long, long, long, String, String, Set)
     */
    public Account update(
            long adminId,
            long accountId,
            long version,
            String displayName,
            @Nullable String email,
            Set<Role> roles,
            @Nullable Boolean leader) {
        List<UserAccount> admins = lockActiveAdmins();
        UserAccount admin = activeAdmin(adminId);
        UserAccount account = find(accountId);
        if (account.getLockVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, accountId);
        }
        String name = displayName == null || displayName.isBlank() ? account.getUsername() : displayName.strip();
        if (name.length() > AccountRules.DISPLAY_NAME_MAX_LENGTH) {
            throw new InvalidAccountException(
                    "account.problem.nameLong",
                    "Names can be at most " + AccountRules.DISPLAY_NAME_MAX_LENGTH + " characters.",
                    AccountRules.DISPLAY_NAME_MAX_LENGTH);
        }
        if (roles.isEmpty()) {
            throw new InvalidAccountException("account.problem.noRole", "An account needs at least one role.");
        }
        String address = AccountRules.normalizeEmail(email);
        AccountRules.emailProblem(address).ifPresent(problem -> {
            throw problem;
        });
        if (address != null
                && accounts.findByEmail(address)
                        .filter(other -> other != account)
                        .isPresent()) {
            throw new InvalidAccountException(
                    "account.problem.emailTaken", "The email " + address + " belongs to another account.", address);
        }
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (account == admin) {
                throw new InvalidAccountException(
                        "account.problem.ownAdminRole", "You cannot take the admin role from yourself.");
            }
            requireAnotherActiveAdmin(admins, account);
        }
        boolean rolesChanged = !account.getRoles().equals(Set.copyOf(roles));
        boolean leaderChanged = leader != null && leader != account.isLeader();
        account.rename(name);
        account.useEmail(address);
        account.assignRoles(roles);
        if (leader != null) {
            account.designateLeader(leader);
        }
        accounts.flush();
        if (rolesChanged || leaderChanged) {
            events.publishEvent(new SignInsEnded(account.getUsername()));
        }
        audit.info(
                "Admin '{}' changed account '{}' (roles {}, leader {})",
                admin.getUsername(),
                account.getUsername(),
                account.getRoles(),
                account.isLeader());
        return account.toAccount();
    }

    /**
     * Deactivates the account: it cannot sign in, its sessions end, and everything it did stays.
     *
     * @throws InvalidAccountException for the admin's own account or the last active admin
     */
    public Account deactivate(long adminId, long accountId) {
        List<UserAccount> admins = lockActiveAdmins();
        UserAccount admin = activeAdmin(adminId);
        UserAccount account = find(accountId);
        if (account == admin) {
            throw new InvalidAccountException(
                    "account.problem.ownDeactivation", "You cannot deactivate your own account.");
        }
        if (account.isEnabled() && account.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(admins, account);
        }
        account.deactivate();
        accounts.flush();
        events.publishEvent(new SignInsEnded(account.getUsername()));
        audit.info("Admin '{}' deactivated account '{}'", admin.getUsername(), account.getUsername());
        return account.toAccount();
    }

    /** Lets a deactivated account sign in again, with the password it had. */
    public Account reactivate(long adminId, long accountId) {
        UserAccount admin = activeAdmin(adminId);
        UserAccount account = find(accountId);
        account.reactivate();
        accounts.flush();
        audit.info("Admin '{}' reactivated account '{}'", admin.getUsername(), account.getUsername());
        return account.toAccount();
    }

    /**
     * Replaces the account's password with a new temporary one and ends its sessions. The temporary password signs in
     * only to choose a new password.
     *
     * @return the temporary password, to be shown to the admin once; only its hash is stored
     */
    public String resetPassword(long adminId, long accountId) {
        UserAccount admin = activeAdmin(adminId);
        UserAccount account = find(accountId);
        String temporary = temporaryPasswords.next();
        account.resetPassword(passwordEncoder.encode(temporary));
        accounts.flush();
        events.publishEvent(new SignInsEnded(account.getUsername()));
        audit.info("Admin '{}' reset the password of account '{}'", admin.getUsername(), account.getUsername());
        return temporary;
    }

    /**
     * Ends the locks and counts that failed sign-ins put on the account, at every address (an address's own lock for
     * trying many accounts stays): for a person locked out by someone else's guessing.
     */
    public Account unlock(long adminId, long accountId) {
        UserAccount admin = activeAdmin(adminId);
        UserAccount account = find(accountId);
        throttle.unlock(account.getUsername());
        audit.info("Admin '{}' unlocked the sign-ins of account '{}'", admin.getUsername(), account.getUsername());
        return account.toAccount();
    }

    /**
     * Locks the rows of every active admin before anything else is read, so that two admins taking the role or access
     * from each other at once are done one after the other, the second one seeing the first one's change.
     */
    private List<UserAccount> lockActiveAdmins() {
        List<Long> ids = accounts.findActiveIdsWithRole(Role.ADMIN);
        return ids.isEmpty() ? List.of() : accounts.lockAll(ids);
    }

    private void requireAnotherActiveAdmin(List<UserAccount> admins, UserAccount account) {
        boolean another =
                admins.stream().anyMatch(other -> other != account && other.isEnabled() && other.hasRole(Role.ADMIN));
        if (!another) {
            throw new InvalidAccountException(
                    "account.problem.lastAdmin",
                    "'" + account.getUsername() + "' is the last active admin: make someone else an admin first.",
                    account.getUsername());
        }
    }

    /** The admin making the change, as stored now: a session that outlived the admin's role is not enough. */
    private UserAccount activeAdmin(long adminId) {
        return accounts.findById(adminId)
                .filter(admin -> admin.isEnabled() && admin.hasRole(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only an active admin changes accounts"));
    }

    private UserAccount find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }
}
