package app.scorecard.questionbank;

import app.scorecard.questionbank.internal.TranslatableText;
import java.math.BigDecimal;

/**
 * One question of a version. {@code excellencePole} and {@code mediocrityPole} are set for {@link QuestionKind#EITHER_OR}
 * questions only; {@code reverse} marks agreement statements whose agreement is the mediocre answer. {@code trendSince}
 * is the number of the version from which the question has meant what it means here: a rewording that breaks the trend
 * starts it again, so comparisons treat the question as a new one from that version on. {@code mustHaveThreshold} is
 * set for a must-have: the points (1–5 after reversal) it needs to be met.
 */
public record QuestionDefinition(
        String key,
        String text,
        QuestionKind kind,
        String excellencePole,
        String mediocrityPole,
        boolean reverse,
        BigDecimal weight,
        Guidance guidance,
        int trendSince,
        Integer mustHaveThreshold) {

    /** A question that is not a must-have. */
    public QuestionDefinition(
            String key,
            String text,
            QuestionKind kind,
            String excellencePole,
            String mediocrityPole,
            boolean reverse,
            BigDecimal weight,
            Guidance guidance,
            int trendSince) {
        this(key, text, kind, excellencePole, mediocrityPole, reverse, weight, guidance, trendSince, null);
    }

    /** This question with its texts in a language, where the translations have them. */
    QuestionDefinition in(Translations translations, String language) {
        return new QuestionDefinition(
                key,
                translations.textOr(language, TranslatableText.questionText(key), text),
                kind,
                translations.textOr(language, TranslatableText.excellencePole(key), excellencePole),
                translations.textOr(language, TranslatableText.mediocrityPole(key), mediocrityPole),
                reverse,
                weight,
                new Guidance(
                        translations.textOr(language, TranslatableText.guidanceExcellent(key), guidance.excellent()),
                        translations.textOr(language, TranslatableText.guidanceNextStep(key), guidance.nextStep())),
                trendSince,
                mustHaveThreshold);
    }

    /** What an admin can change in it: everything but its key and its trend. */
    public QuestionContent content() {
        return new QuestionContent(
                text, kind, excellencePole, mediocrityPole, reverse, weight, guidance, mustHaveThreshold);
    }

    public boolean isMustHave() {
        return mustHaveThreshold != null;
    }

    /** Whether answers to this question in another version can be compared with answers to this one. */
    public boolean comparableWith(QuestionDefinition other) {
        return other != null && key.equals(other.key) && trendSince == other.trendSince;
    }
}
