package app.scorecard.questionbank;

import java.math.BigDecimal;

/**
 * What an admin can change in a question of a draft: everything but its key, which stays for good so trends can follow
 * the question across versions.
 *
 * @param mustHaveThreshold for a must-have, the points (1–5 after reversal) it needs; {@code null} for any other question
 */
public record QuestionContent(
        String text,
        QuestionKind kind,
        String excellencePole,
        String mediocrityPole,
        boolean reverse,
        BigDecimal weight,
        Guidance guidance,
        Integer mustHaveThreshold) {

    /** The points a must-have needs unless its set says otherwise. */
    public static final int DEFAULT_MUST_HAVE_THRESHOLD = 4;

    /** A question that is not a must-have. */
    public QuestionContent(
            String text,
            QuestionKind kind,
            String excellencePole,
            String mediocrityPole,
            boolean reverse,
            BigDecimal weight,
            Guidance guidance) {
        this(text, kind, excellencePole, mediocrityPole, reverse, weight, guidance, null);
    }

    /** As stored: trimmed texts, poles only for either/or questions, a weight of 1 when none is given. */
    public QuestionContent normalized() {
        boolean eitherOr = kind == QuestionKind.EITHER_OR;
        return new QuestionContent(
                text.strip(),
                kind,
                eitherOr ? excellencePole.strip() : null,
                eitherOr ? mediocrityPole.strip() : null,
                !eitherOr && reverse,
                weight == null ? BigDecimal.ONE : weight,
                new Guidance(guidance.excellent().strip(), guidance.nextStep().strip()),
                mustHaveThreshold);
    }

    /**
     * Whether respondents would read this as a different question: its words, its kind, its poles or its direction.
     * Making it a must-have or not changes how it counts, not what it asks.
     */
    public boolean reworded(QuestionContent other) {
        return !text.equals(other.text)
                || kind != other.kind
                || !java.util.Objects.equals(excellencePole, other.excellencePole)
                || !java.util.Objects.equals(mediocrityPole, other.mediocrityPole)
                || reverse != other.reverse;
    }
}
