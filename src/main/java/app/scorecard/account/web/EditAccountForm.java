package app.scorecard.account.web;

import app.scorecard.account.Role;
import app.scorecard.account.internal.AccountDetails;
import app.scorecard.account.internal.AccountRules;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An account's name, email, roles and leader designation as an admin changes them, with the version of the account the
 * admin saw. {@code leader} is {@code null} when its box is not ticked (an unticked box sends nothing).
 */
record EditAccountForm(
        @Size(max = AccountRules.DISPLAY_NAME_MAX_LENGTH, message = "{account.displayName.size}")
        String displayName,

        @Size(max = AccountRules.EMAIL_MAX_LENGTH, message = "{account.email.size}")
        String email,

        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        Boolean leader,
        @NotNull Long version) {

    /** Whether the box was ticked. */
    boolean leaderTicked() {
        return Boolean.TRUE.equals(leader);
    }

    static EditAccountForm of(AccountDetails details) {
        return new EditAccountForm(
                details.account().displayName(),
                details.email(),
                details.account().roles(),
                details.account().leader(),
                details.version());
    }
}
