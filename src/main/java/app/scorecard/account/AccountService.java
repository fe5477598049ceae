package app.scorecard.account;

import app.scorecard.account.internal.AccountRules;
import app.scorecard.account.internal.InvalidAccountException;
import app.scorecard.account.internal.UserAccount;
import app.scorecard.account.internal.UserAccountRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up accounts. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts, PasswordEncoder passwordEncoder, Environment environment, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * Creates an account after checking the username and password rules ({@link AccountRules}, and a password hard to
     * guess: {@link PasswordStrength}).
     *
     * @throws InvalidAccountException when a rule is broken or the username is taken
     */
    @Transactional
    public Account create(String username, String displayName, String password, Set<Role> roles) {
        checkNew(username, displayName, password);
        return store(username, displayName, password, roles);
    }

    /**
     * Checks what {@link #create} would check, without creating anything.
     *
     * @throws InvalidAccountException when a rule is broken or the username is taken
     */
    public void checkNew(String username, String displayName, String password) {
        AccountRules.passwordProblem(password).ifPresent(problem -> {
            throw problem;
        });
        checkIdentity(username, displayName);
        PasswordStrength.check(password, username);
    }

    /**
     * Creates one of the demo profile's well-known accounts, whose passwords are too weak for anything else.
     *
     * @throws IllegalStateException unless the {@code demo} profile is active
     */
    @Transactional
    public Account createDemoAccount(String username, String displayName, String password, Set<Role> roles) {
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Demo accounts exist only in the demo profile");
        }
        return store(username, displayName, password, roles);
    }

    private void checkIdentity(String username, String displayName) {
        AccountRules.usernameProblem(username).ifPresent(problem -> {
            throw problem;
        });
        if (displayNameOf(username, displayName).length() > AccountRules.DISPLAY_NAME_MAX_LENGTH) {
            throw new InvalidAccountException(
                    "account.problem.nameLong",
                    "Names can be at most " + AccountRules.DISPLAY_NAME_MAX_LENGTH + " characters.",
                    AccountRules.DISPLAY_NAME_MAX_LENGTH);
        }
        String normalized = AccountRules.normalizeUsername(username);
        if (accounts.existsByUsername(normalized)) {
            throw new InvalidAccountException(
                    "account.problem.usernameTaken", "The username '" + normalized + "' is taken.", normalized);
        }
    }

    private Account store(String username, String displayName, String password, Set<Role> roles) {
        checkIdentity(username, displayName);
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > AccountRules.PASSWORD_MAX_BYTES) {
            throw new InvalidAccountException(
                    "account.problem.passwordLong",
                    "Passwords can be at most " + AccountRules.PASSWORD_MAX_BYTES + " bytes long.",
                    AccountRules.PASSWORD_MAX_BYTES);
        }
        if (roles.isEmpty()) {
            throw new InvalidAccountException("account.problem.noRole", "An account needs at least one role.");
        }
        UserAccount account = new UserAccount(
                AccountRules.normalizeUsername(username),
                displayNameOf(username, displayName),
                passwordEncoder.encode(password),
                roles,
                clock.instant());
        try {
            return accounts.saveAndFlush(account).toAccount();
        } catch (DataIntegrityViolationException e) {
            // created by someone else between the check and the insert
            throw new InvalidAccountException(
                    "account.problem.usernameTaken",
                    "The username '" + account.getUsername() + "' is taken.",
                    account.getUsername());
        }
    }

    private static String displayNameOf(String username, String displayName) {
        return displayName == null || displayName.isBlank()
                ? AccountRules.normalizeUsername(username)
                : displayName.strip();
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(AccountRules.normalizeUsername(username)).map(UserAccount::toAccount);
    }

    public Optional<Account> findById(long id) {
        return accounts.findById(id).map(UserAccount::toAccount);
    }

    /** Every account, by username. */
    public List<Account> findAll() {
        return accounts.findAllByOrderByUsername().stream()
                .map(UserAccount::toAccount)
                .toList();
    }

    public List<Account> findAllById(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::toAccount).toList();
    }

    /**
     * Active accounts whose username or name contains {@code text} (ignoring case; all of them for a blank text),
     * leaving out {@code leaveOut}, by name: at most {@code max}, and whether there are more.
     */
    public Matches searchActive(String text, Collection<Long> leaveOut, int max) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + typed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        // "not in ()" is not SQL: an id no account has stands in for an empty list
        Collection<Long> excluded = leaveOut.isEmpty() ? List.of(-1L) : leaveOut;
        List<Account> found = accounts.searchActive(pattern, excluded, PageRequest.of(0, max + 1)).stream()
                .map(UserAccount::toAccount)
                .toList();
        return new Matches(found.stream().limit(max).toList(), found.size() > max);
    }

    /** Accounts a search found, and whether it found more than it shows. */
    public record Matches(List<Account> accounts, boolean more) {}

    /** Keeps the language the person chose for the pages, for every sign-in from now on. */
    @Transactional
    public void chooseLanguage(long accountId, Language language) {
        accounts.updateLanguage(accountId, language.tag());
    }

    /** Whether anyone can sign in yet: until then the first admin is created through the setup code. */
    public boolean anyExists() {
        return accounts.count() > 0;
    }
}
