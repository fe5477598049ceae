package app.scorecard.questionbank;

import java.math.BigDecimal;

/**
 * One question of a version. {@code excellencePole} and {@code mediocrityPole} are set for {@link QuestionKind#EITHER_OR}
 * questions only; {@code reverse} marks agreement statements whose agreement is the mediocre answer.
 */
public record QuestionDefinition(
        String key,
        String text,
        QuestionKind kind,
        String excellencePole,
        String mediocrityPole,
        boolean reverse,
        BigDecimal weight,
        Guidance guidance) {}
