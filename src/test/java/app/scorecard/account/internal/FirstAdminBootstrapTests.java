package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.persistence.PersistenceTest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How the first admin comes to exist, and that no account exists before (outside the demo profile). */
@PersistenceTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminBootstrapTests {

    private static final Pattern CODE = Pattern.compile("setup code:\\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})");

    @Autowired
    AccountService accounts;

    @Autowired
    InitialSetup setup;

    @Autowired
    SetupCodeRepository codes;

    @Test
    void startsWithoutAnyAccount() {
        assertThat(accounts.anyExists()).isFalse();
        assertThat(setup.isPending()).isTrue();
    }

    @Test
    void printsAOneTimeCodeThatCreatesTheFirstAdminOnce(CapturedOutput output) {
        bootstrap(null, null).run(null);
        String code = codeIn(output);

        Account admin = setup.complete(code, "Root", "Rita Root", "correct horse battery");

        assertThat(admin.username()).isEqualTo("root");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(setup.isPending()).isFalse();
        assertThatExceptionOfType(InvalidSetupCodeException.class)
                .isThrownBy(() -> setup.complete(code, "second", "Second", "correct horse battery"));
        assertThat(accounts.findByUsername("second")).isEmpty();
    }

    @Test
    void refusesAWrongCodeAndCreatesNothing(CapturedOutput output) {
        bootstrap(null, null).run(null);

        assertThatExceptionOfType(InvalidSetupCodeException.class)
                .isThrownBy(() -> setup.complete("AAAA-BBBB-CCCC", "root", "Root", "correct horse battery"));
        assertThat(accounts.anyExists()).isFalse();
    }

    @Test
    void keepsTheCodeValidWhenThePasswordIsRefused(CapturedOutput output) {
        bootstrap(null, null).run(null);
        String code = codeIn(output);

        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> setup.complete(code, "root", "Root", "short"))
                .withMessageContaining("at least 10 characters");
        assertThat(codes.count()).isEqualTo(1);
    }

    @Test
    void acceptsTheCodeWithoutDashesCaseOrSpacesMattering(CapturedOutput output) {
        bootstrap(null, null).run(null);
        String code = codeIn(output);

        assertThat(setup.complete("  " + code.toLowerCase() + " ", "root", "Root", "correct horse battery"))
                .isNotNull();
    }

    @Test
    void createsTheFirstAdminFromTheEnvironmentWithoutACode(CapturedOutput output) {
        bootstrap("ops", "a-long-enough-password").run(null);

        assertThat(accounts.findByUsername("ops"))
                .hasValueSatisfying(account -> assertThat(account.roles()).containsExactly(Role.ADMIN));
        assertThat(codes.count()).isZero();
        assertThat(output).doesNotContain("setup code:").doesNotContain("a-long-enough-password");
    }

    @Test
    void refusesToStartWithAWeakAdminPasswordFromTheEnvironment() {
        assertThatIllegalStateException()
                .isThrownBy(() -> bootstrap("ops", "admin").run(null))
                .withMessageContaining("SCORECARD_ADMIN_PASSWORD")
                .withMessageContaining("at least 10 characters");
        assertThat(accounts.anyExists()).isFalse();
    }

    @Test
    void leavesEverythingAloneOnceAnAccountExists(CapturedOutput output) {
        accounts.create("existing", "Existing", "correct horse battery", Set.of(Role.ADMIN));

        bootstrap("ops", "a-long-enough-password").run(null);

        assertThat(accounts.findByUsername("ops")).isEmpty();
        assertThat(output).doesNotContain("setup code:");
        assertThat(setup.issueCode()).isEmpty();
    }

    private FirstAdminBootstrap bootstrap(String username, String password) {
        return new FirstAdminBootstrap(accounts, setup, new FirstAdminProperties(username, password));
    }

    private static String codeIn(CapturedOutput output) {
        Matcher matcher = CODE.matcher(output.getAll());
        String code = null;
        while (matcher.find()) {
            code = matcher.group(1); // the last one printed is the valid one
        }
        assertThat(code).as("a setup code in the log").isNotNull();
        return code;
    }
}
