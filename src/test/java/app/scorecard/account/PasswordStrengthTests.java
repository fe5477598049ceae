package app.scorecard.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.internal.TemporaryPasswords;
import org.junit.jupiter.api.Test;

class PasswordStrengthTests {

    @Test
    void refusesCommonPasswordsWithTheEstimatorsAdvice() {
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("password12", "maya"))
                .satisfies(weak -> org.assertj.core.api.Assertions.assertThat(weak.advice())
                        .contains(
                                "password.advice.feedback.dictionary.warning.passwords.veryCommon",
                                "password.advice.words"));
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("1234567890", "maya"))
                .satisfies(weak -> org.assertj.core.api.Assertions.assertThat(weak.advice())
                        .contains("password.advice.feedback.dictionary.warning.passwords.top100"));
    }

    @Test
    void refusesTheUsernameAndTheApplicationsNameAnywhereInThePassword() {
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("maya.manager", "Maya.Manager"))
                .satisfies(weak -> org.assertj.core.api.Assertions.assertThat(weak.advice())
                        .startsWith("password.advice.username"));
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("scorecard2026", "maya"))
                .satisfies(weak -> org.assertj.core.api.Assertions.assertThat(weak.advice())
                        .startsWith("password.advice.appName"));
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("Excellence Scorecard", "maya"));
        assertThatExceptionOfType(WeakPasswordException.class)
                .isThrownBy(() -> PasswordStrength.check("excellence2026!", "maya"));
    }

    @Test
    void acceptsAPassphrase() {
        assertThatCode(() -> PasswordStrength.check("tulip brass ferry lantern", "maya"))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsEveryTemporaryPasswordTheApplicationMakes() {
        TemporaryPasswords temporary = new TemporaryPasswords();
        for (int i = 0; i < 500; i++) {
            String password = temporary.next();
            assertThatCode(() -> PasswordStrength.check(password, "maya"))
                    .as(password)
                    .doesNotThrowAnyException();
        }
    }
}
