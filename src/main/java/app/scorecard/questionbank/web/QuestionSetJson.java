package app.scorecard.questionbank.web;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * The full definition of a version, as {@code GET /api/v1/question-sets/{key}} returns it.
 *
 * @param capBand the band results are capped at while a must-have is not met (the set's choice, or the default: the
 *     second-lowest band)
 */
record QuestionSetJson(
        String key,
        int version,
        String title,
        String intro,
        List<Category> categories,
        List<Band> bands,
        String capBand) {

    record Category(String key, String name, String description, BigDecimal weight, List<Question> questions) {}

    /**
     * @param poles set for {@code EITHER_OR} questions only
     * @param mustHave set for must-haves only
     */
    record Question(
            String key,
            String text,
            QuestionKind kind,
            Poles poles,
            boolean reverse,
            BigDecimal weight,
            MustHave mustHave,
            Guidance guidance) {}

    /** A must-have is met when its points (1–5 after reversal) are at least the threshold. */
    record MustHave(int threshold) {}

    /** 5 is fully the excellence pole, 1 fully the mediocrity pole. */
    record Poles(String excellence, String mediocrity) {}

    record Band(int min, String label) {}

    static QuestionSetJson of(QuestionSetDefinition definition) {
        return new QuestionSetJson(
                definition.key(),
                definition.version(),
                definition.title(),
                definition.intro(),
                definition.categories().stream().map(QuestionSetJson::category).toList(),
                definition.bands().stream()
                        .map(band -> new Band(band.min(), band.label()))
                        .toList(),
                definition.scoringModel().cap().label());
    }

    private static Category category(CategoryDefinition category) {
        return new Category(
                category.key(),
                category.name(),
                category.description(),
                category.weight(),
                category.questions().stream().map(QuestionSetJson::question).toList());
    }

    private static Question question(QuestionDefinition question) {
        Poles poles = question.kind() == QuestionKind.EITHER_OR
                ? new Poles(question.excellencePole(), question.mediocrityPole())
                : null;
        return new Question(
                question.key(),
                question.text(),
                question.kind(),
                poles,
                question.reverse(),
                question.weight(),
                question.isMustHave() ? new MustHave(question.mustHaveThreshold()) : null,
                question.guidance());
    }
}
