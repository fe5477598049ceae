package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.persistence.PersistenceTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@PersistenceTest
class AccountServiceTests {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void storesUsernamesTrimmedAndInLowerCaseAndFindsThemInAnyCase() {
        Account account =
                accounts.create("  Alice.Smith ", "Alice Smith", "correct horse battery", Set.of(Role.MANAGER));

        assertThat(account.username()).isEqualTo("alice.smith");
        assertThat(accounts.findByUsername("ALICE.SMITH")).contains(account);
    }

    @Test
    void storesOnlyASlowSaltedHashOfThePassword() {
        accounts.create("bob", "Bob", "correct horse battery", Set.of(Role.MEMBER));

        String hash = repository.findByUsername("bob").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
        assertThat(passwordEncoder.matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        accounts.create("carol", "Carol", "correct horse battery", Set.of(Role.MEMBER));

        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("CAROL", "Other", "correct horse battery", Set.of(Role.MEMBER)))
                .withMessage("The username 'carol' is taken.");
    }

    @Test
    void refusesPasswordsThatAreTooShortOrTooLongForBcrypt() {
        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("dave", "Dave", "123456789", Set.of(Role.MEMBER)))
                .withMessageContaining("at least 10");
        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("dave", "Dave", "é".repeat(37), Set.of(Role.MEMBER)))
                .withMessageContaining("72 bytes");
        assertThat(accounts.findByUsername("dave")).isEmpty();
    }

    @Test
    void refusesUnsafeUsernamesAndAccountsWithoutRoles() {
        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("<b>x</b>", "X", "correct horse battery", Set.of(Role.MEMBER)));
        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("ab", "X", "correct horse battery", Set.of(Role.MEMBER)));
        assertThatExceptionOfType(InvalidAccountException.class)
                .isThrownBy(() -> accounts.create("erin", "Erin", "correct horse battery", Set.of()));
    }

    @Test
    void refusesDemoAccountsOutsideTheDemoProfile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> accounts.createDemoAccount("admin", "Admin", "admin", Set.of(Role.ADMIN)));
        assertThat(accounts.findByUsername("admin")).isEmpty();
    }
}
