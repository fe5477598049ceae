package app.scorecard.account.web;

import app.scorecard.account.WeakPasswordException;
import org.springframework.validation.BindingResult;

/** A password too easy to guess, named next to the password field with the estimator's advice in plain words. */
final class PasswordAdvice {

    private PasswordAdvice() {}

    static void reject(BindingResult errors, WeakPasswordException weak) {
        errors.rejectValue("password", "account.password.weak", weak.getMessage());
        weak.advice().forEach(code -> errors.rejectValue("password", code, ""));
    }
}
