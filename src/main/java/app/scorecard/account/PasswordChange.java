package app.scorecard.account;

import app.scorecard.account.internal.AccountRules;
import app.scorecard.account.internal.InvalidAccountException;
import app.scorecard.account.internal.UserAccount;
import app.scorecard.account.internal.UserAccountRepository;
import java.io.Serializable;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person whose password an admin reset chooses their own. Their temporary password never signs them in: proving it
 * earns a {@link Ticket}, which lets them choose a new password as long as the account is unchanged since (a second
 * reset, a deactivation or any edit makes it worthless).
 */
@Service
@Transactional
public class PasswordChange {

    private static final Logger audit = LoggerFactory.getLogger("app.scorecard.security");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * The ticket for an account whose temporary password was just checked by signing in.
     *
     * @return empty unless the account is active and must change its password
     */
    @Transactional(readOnly = true)
    public Optional<Ticket> ticketFor(String username) {
        return accounts.findByUsername(AccountRules.normalizeUsername(username))
                .filter(account -> account.isEnabled() && account.mustChangePassword())
                .map(account -> new Ticket(account.getId(), account.getUsername(), account.getLockVersion()));
    }

    /**
     * Sets the password the person chose.
     *
     * @return false, changing nothing, when the ticket no longer holds: the person signs in again
     * @throws InvalidAccountException when the password breaks a rule or is the temporary one, a
     *     {@link WeakPasswordException} when it is too easy to guess
     */
    public boolean choose(Ticket ticket, String newPassword) {
        Optional<UserAccount> found = accounts.findById(ticket.accountId())
                .filter(account -> account.isEnabled()
                        && account.mustChangePassword()
                        && account.getLockVersion() == ticket.version());
        if (found.isEmpty()) {
            return false;
        }
        AccountRules.passwordProblem(newPassword).ifPresent(problem -> {
            throw problem;
        });
        UserAccount account = found.get();
        PasswordStrength.check(newPassword, account.getUsername());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidAccountException(
                    "account.problem.temporaryPassword", "Choose a password of your own, not the temporary one.");
        }
        account.choosePassword(passwordEncoder.encode(newPassword));
        accounts.flush();
        audit.info("'{}' chose a new password after a reset", account.getUsername());
        return true;
    }

    /** Someone proved the temporary password of this account, as it was at this version. */
    public record Ticket(long accountId, String username, long version) implements Serializable {}
}
