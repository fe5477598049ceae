package app.scorecard.account.web;

import jakarta.validation.constraints.NotBlank;

/** The password a person chooses after an admin reset theirs, typed twice. */
record ChoosePasswordForm(
        @NotBlank(message = "{account.password.required}") String password, String confirmPassword) {

    static ChoosePasswordForm empty() {
        return new ChoosePasswordForm("", "");
    }

    boolean passwordsMatch() {
        return password != null && password.equals(confirmPassword);
    }
}
