package app.scorecard.account.web;

import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account as an admin creates it: the person changes nothing of it yet, so the admin hands them the password. */
record NewAccountForm(
        @NotBlank(message = "{account.username.required}") String username,

        @Size(max = AccountRules.DISPLAY_NAME_MAX_LENGTH, message = "{account.displayName.size}")
        String displayName,

        @NotBlank(message = "{account.password.required}") String password,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {

    static NewAccountForm empty() {
        return new NewAccountForm("", "", "", Set.of(Role.MEMBER));
    }
}
