package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemporaryPasswordsTests {

    private final TemporaryPasswords passwords = new TemporaryPasswords();

    @Test
    void areFourGroupsOfFourCharactersThatCannotBeMistakenForOneAnother() {
        String password = passwords.next();

        assertThat(password).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(password).doesNotContain("0", "1", "o", "l", "i");
        assertThat(AccountRules.passwordProblem(password)).isEmpty();
    }

    @Test
    void carryAboutSeventyNineBitsAndDoNotRepeat() {
        double bits = TemporaryPasswords.GROUPS
                * TemporaryPasswords.GROUP_LENGTH
                * Math.log(TemporaryPasswords.ALPHABET.length())
                / Math.log(2);
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(passwords.next());
        }

        assertThat(bits).isGreaterThan(79.0);
        assertThat(drawn).hasSize(10_000);
    }
}
