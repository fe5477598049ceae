package app.scorecard.account.internal;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin. While no account exists, a one-time setup code (printed to the log, stored only as a hash) lets
 * whoever can read the log create the first admin; once used, or once any account exists, it is gone.
 */
@Service
public class InitialSetup {

    /** No 0/O or 1/I/L: the code is read off a log and typed by a person. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private final AccountService accounts;
    private final SetupCodeRepository codes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InitialSetup(AccountService accounts, SetupCodeRepository codes, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isPending() {
        return !accounts.anyExists();
    }

    /**
     * Replaces any earlier setup code with a fresh one, while no account exists.
     *
     * @return the new code, to be shown to the operator once; empty when accounts exist
     */
    @Transactional
    public Optional<String> issueCode() {
        if (accounts.anyExists()) {
            return Optional.empty();
        }
        String code = newCode();
        codes.deleteAllInBatch();
        codes.save(new SetupCode(passwordEncoder.encode(code), clock.instant()));
        return Optional.of(code);
    }

    /**
     * Creates the first admin if the code matches, and uses the code up.
     *
     * @throws InvalidSetupCodeException when the code does not match or setup is over
     * @throws InvalidAccountException when the username or password breaks a rule; the code stays valid
     */
    @Transactional
    public Account complete(String code, String username, String displayName, String password) {
        String typed = code == null ? "" : code.strip().toUpperCase();
        List<SetupCode> stored = codes.findAll();
        SetupCode match = stored.stream()
                .filter(candidate -> passwordEncoder.matches(typed, candidate.getCodeHash()))
                .findFirst()
                .orElseThrow(InvalidSetupCodeException::new);
        // Check the new account before using the code up, so a refused password leaves the code valid.
        accounts.checkNew(username, displayName, password);
        if (accounts.anyExists() || codes.deleteByIdCounting(match.getId()) != 1) {
            throw new InvalidSetupCodeException();
        }
        return accounts.create(username, displayName, password, Set.of(Role.ADMIN));
    }

    /** Ends setup without using the code, e.g. when the admin came from environment variables. */
    @Transactional
    public void discardCodes() {
        codes.deleteAllInBatch();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }
}
