package app.scorecard.questionbank.web;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The full definition of a version, as {@code GET /api/v1/question-sets/{key}} returns it.
 *
 * @param capBand the band results are capped at while a must-have is not met (the set's choice, or the default: the
 *     second-lowest band), in English as results record it
 * @param language the language of its texts: {@code en}, or the {@code de} or {@code fr} asked for with {@code lang}
 *     (a text not translated is in English)
 * @param untranslated only in the answer to an import: per language beside English, the keys of the texts that
 *     language does not translate, which its readers read in English
 */
record QuestionSetJson(
        String key,
        int version,
        String title,
        String intro,
        List<Category> categories,
        List<Band> bands,
        String capBand,
        String language,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> untranslated) {

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
        return of(definition, Translations.ENGLISH);
    }

    /** @param language {@code en} or a language of {@link Translations#LANGUAGES} */
    static QuestionSetJson of(QuestionSetDefinition definition, String language) {
        QuestionSetDefinition texts = definition.in(language);
        return new QuestionSetJson(
                definition.key(),
                definition.version(),
                texts.title(),
                texts.intro(),
                texts.categories().stream().map(QuestionSetJson::category).toList(),
                texts.bands().stream()
                        .map(band -> new Band(band.min(), band.label()))
                        .toList(),
                definition.scoringModel().cap().label(),
                language,
                null);
    }

    /** The definition of a draft just imported, with the texts each language leaves to English. */
    static QuestionSetJson imported(QuestionSetDefinition draft, Map<String, List<String>> untranslated) {
        QuestionSetJson json = of(draft);
        return new QuestionSetJson(
                json.key,
                json.version,
                json.title,
                json.intro,
                json.categories,
                json.bands,
                json.capBand,
                json.language,
                untranslated);
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
