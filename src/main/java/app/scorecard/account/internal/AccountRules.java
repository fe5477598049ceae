package app.scorecard.account.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a username and a password acceptable. */
public final class AccountRules {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int PASSWORD_MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused. */
    public static final int PASSWORD_MAX_BYTES = 72;

    public static final int EMAIL_MAX_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]*$");

    private AccountRules() {}

    /** Usernames are compared without case and surrounding space. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the problem with this username, if any */
    public static Optional<InvalidAccountException> usernameProblem(String username) {
        String normalized = normalizeUsername(username);
        if (normalized.length() < USERNAME_MIN_LENGTH || normalized.length() > USERNAME_MAX_LENGTH) {
            return Optional.of(new InvalidAccountException(
                    "account.problem.usernameLength",
                    "Usernames are " + USERNAME_MIN_LENGTH + " to " + USERNAME_MAX_LENGTH + " characters.",
                    USERNAME_MIN_LENGTH,
                    USERNAME_MAX_LENGTH));
        }
        if (!USERNAME.matcher(normalized).matches()) {
            return Optional.of(new InvalidAccountException(
                    "account.problem.usernameCharacters",
                    "Usernames use letters, digits and . _ @ - only, and start with a letter or digit."));
        }
        return Optional.empty();
    }

    /** Emails are compared in lower case, without surrounding space; a blank one is none ({@code null}). */
    public static String normalizeEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the problem with this (normalized) email, if any; none is no problem */
    public static Optional<InvalidAccountException> emailProblem(String email) {
        if (email == null) {
            return Optional.empty();
        }
        if (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            return Optional.of(new InvalidAccountException("account.problem.email", "That is not an email address."));
        }
        return Optional.empty();
    }

    /** @return the problem with this password, if any */
    public static Optional<InvalidAccountException> passwordProblem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < PASSWORD_MIN_LENGTH) {
            return Optional.of(new InvalidAccountException(
                    "account.problem.passwordShort",
                    "Passwords need at least " + PASSWORD_MIN_LENGTH + " characters.",
                    PASSWORD_MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of(new InvalidAccountException(
                    "account.problem.passwordLong",
                    "Passwords can be at most " + PASSWORD_MAX_BYTES + " bytes long.",
                    PASSWORD_MAX_BYTES));
        }
        if (password.isBlank()) {
            return Optional.of(
                    new InvalidAccountException("account.problem.passwordBlank", "Passwords cannot be only spaces."));
        }
        return Optional.empty();
    }
}
