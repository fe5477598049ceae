package app.scorecard.questionbank.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The limits every question set must respect, wherever it comes from (default bank, import, editor). */
public final class QuestionBankRules {

    /** Lowercase words joined by single hyphens, starting with a letter: safe in URLs, files and exports. */
    public static final Pattern KEY_PATTERN = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    public static final int KEY_MIN_LENGTH = 3;
    public static final int KEY_MAX_LENGTH = 64;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int INTRO_MAX_LENGTH = 2000;
    public static final int NAME_MAX_LENGTH = 100;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    public static final int QUESTION_TEXT_MAX_LENGTH = 500;
    public static final int POLE_MAX_LENGTH = 200;
    public static final int GUIDANCE_MAX_LENGTH = 1000;
    public static final int BAND_LABEL_MAX_LENGTH = 100;
    public static final int MAX_CATEGORIES = 20;
    public static final int MAX_QUESTIONS_PER_CATEGORY = 50;
    public static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;
    public static final int WEIGHT_MAX_DECIMALS = 2;

    private QuestionBankRules() {}

    public static boolean isValidKey(String key) {
        return key != null
                && key.length() >= KEY_MIN_LENGTH
                && key.length() <= KEY_MAX_LENGTH
                && KEY_PATTERN.matcher(key).matches();
    }
}
