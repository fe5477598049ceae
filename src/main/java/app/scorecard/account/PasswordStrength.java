package app.scorecard.account;

import app.scorecard.account.internal.AccountRules;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Whether a password is hard enough to guess, wherever one is set (an admin creating an account, the first admin,
 * choosing a password after a reset): zxcvbn's estimate must reach {@value #MIN_SCORE} of 4 (about 10⁸ guesses or
 * more), and it must not contain the username or the application's name. The estimator's advice comes back as message
 * codes ({@code password.advice.*}), worded for people in {@code messages.properties}. The demo profile's accounts
 * are the one exception ({@link AccountService#createDemoAccount}).
 */
final class PasswordStrength {

    static final int MIN_SCORE = 3;

    private static final String APP_NAME = "scorecard";
    private static final List<String> APP_WORDS = List.of("excellence", APP_NAME);
    private static final String ADVICE = "password.advice.";

    /** Builds its dictionaries once; measuring reads them only. */
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Hands the estimator's message keys back as they are, for {@code messages.properties} to word them. */
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private PasswordStrength() {}

    /** @throws WeakPasswordException when the password is too easy to guess */
    static void check(String password, String username) {
        String typed = password.toLowerCase(Locale.ROOT);
        String name = AccountRules.normalizeUsername(username);
        if (!name.isEmpty() && typed.contains(name)) {
            throw new WeakPasswordException(
                    "A password cannot contain the username.", List.of(ADVICE + "username", ADVICE + "words"));
        }
        if (typed.contains(APP_NAME)) {
            throw new WeakPasswordException(
                    "A password cannot contain the application's name.", List.of(ADVICE + "appName", ADVICE + "words"));
        }
        List<String> known = new ArrayList<>(APP_WORDS);
        if (!name.isEmpty()) {
            known.add(name);
        }
        Strength strength = ESTIMATOR.measure(password, known);
        if (strength.getScore() < MIN_SCORE) {
            Feedback feedback = strength.getFeedback().withResourceBundle(KEYS);
            List<String> advice = new ArrayList<>();
            if (feedback.getWarning() != null && !feedback.getWarning().isBlank()) {
                advice.add(ADVICE + feedback.getWarning());
            }
            feedback.getSuggestions().forEach(suggestion -> advice.add(ADVICE + suggestion));
            advice.add(ADVICE + "words");
            throw new WeakPasswordException("This password is too easy to guess.", advice);
        }
    }
}
