package app.scorecard.account.web;

import app.scorecard.account.internal.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first admin, created with the one-time setup code. */
record SetupForm(
        @NotBlank(message = "{setup.code.required}") String code,
        @NotBlank(message = "{account.username.required}") String username,

        @Size(max = AccountRules.DISPLAY_NAME_MAX_LENGTH, message = "{account.displayName.size}")
        String displayName,

        @NotBlank(message = "{account.password.required}") String password,
        String confirmPassword) {

    static SetupForm empty() {
        return new SetupForm("", "", "", "", "");
    }

    boolean passwordsMatch() {
        return password != null && password.equals(confirmPassword);
    }
}
