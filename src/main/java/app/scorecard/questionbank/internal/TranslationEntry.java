package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.questionbank.internal.QuestionSetDocument.GuidanceEntry;
import app.scorecard.scoring.Band;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's texts in one language beside English ({@code translations.de}, {@code translations.fr}), keyed as the
 * document's own texts are: bands by their minimum, categories and questions by their keys. Every text is optional: one
 * left out reads in English. Like the document, it is read first and checked as a whole afterwards
 * ({@link QuestionSetDocumentValidator}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "intro", "bands", "categories", "questions"})
public record TranslationEntry(
        String title,
        String intro,
        Map<Integer, String> bands,
        Map<String, CategoryText> categories,
        Map<String, QuestionText> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "description"})
    public record CategoryText(String name, String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "excellencePole", "mediocrityPole", "guidance"})
    public record QuestionText(String text, String excellencePole, String mediocrityPole, GuidanceEntry guidance) {}

    /**
     * The texts by text key ({@link TranslatableText}), as a version stores them: stripped, and only those given. Only
     * for an entry that passed validation.
     */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        put(texts, TranslatableText.TITLE, title);
        put(texts, TranslatableText.INTRO, intro);
        if (bands != null) {
            bands.forEach((min, label) -> put(texts, TranslatableText.band(min), label));
        }
        if (categories != null) {
            categories.forEach((key, category) -> {
                put(texts, TranslatableText.categoryName(key), category.name());
                put(texts, TranslatableText.categoryDescription(key), category.description());
            });
        }
        if (questions != null) {
            questions.forEach((key, question) -> {
                put(texts, TranslatableText.questionText(key), question.text());
                put(texts, TranslatableText.excellencePole(key), question.excellencePole());
                put(texts, TranslatableText.mediocrityPole(key), question.mediocrityPole());
                if (question.guidance() != null) {
                    put(
                            texts,
                            TranslatableText.guidanceExcellent(key),
                            question.guidance().excellent());
                    put(
                            texts,
                            TranslatableText.guidanceNextStep(key),
                            question.guidance().nextStep());
                }
            });
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String key, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(key, text.strip());
        }
    }

    /** A version's translations as a document's block, in the version's order; {@code null} when it has none. */
    static Map<String, TranslationEntry> allOf(QuestionSetDefinition version) {
        Map<String, TranslationEntry> entries = new LinkedHashMap<>();
        for (String language : Translations.LANGUAGES) {
            Map<String, String> texts = version.translations().in(language);
            if (!texts.isEmpty()) {
                entries.put(language, of(version, texts));
            }
        }
        return entries.isEmpty() ? null : entries;
    }

    private static TranslationEntry of(QuestionSetDefinition version, Map<String, String> texts) {
        Map<Integer, String> bands = new LinkedHashMap<>();
        for (Band band : version.bands()) {
            String label = texts.get(TranslatableText.band(band.min()));
            if (label != null) {
                bands.put(band.min(), label);
            }
        }
        Map<String, CategoryText> categories = new LinkedHashMap<>();
        Map<String, QuestionText> questions = new LinkedHashMap<>();
        for (CategoryDefinition category : version.categories()) {
            CategoryText categoryText = new CategoryText(
                    texts.get(TranslatableText.categoryName(category.key())),
                    texts.get(TranslatableText.categoryDescription(category.key())));
            if (categoryText.name() != null || categoryText.description() != null) {
                categories.put(category.key(), categoryText);
            }
            for (QuestionDefinition question : category.questions()) {
                String key = question.key();
                String excellent = texts.get(TranslatableText.guidanceExcellent(key));
                String nextStep = texts.get(TranslatableText.guidanceNextStep(key));
                QuestionText questionText = new QuestionText(
                        texts.get(TranslatableText.questionText(key)),
                        texts.get(TranslatableText.excellencePole(key)),
                        texts.get(TranslatableText.mediocrityPole(key)),
                        excellent == null && nextStep == null ? null : new GuidanceEntry(excellent, nextStep));
                if (!questionText.equals(new QuestionText(null, null, null, null))) {
                    questions.put(key, questionText);
                }
            }
        }
        return new TranslationEntry(
                texts.get(TranslatableText.TITLE),
                texts.get(TranslatableText.INTRO),
                bands.isEmpty() ? null : bands,
                categories.isEmpty() ? null : categories,
                questions.isEmpty() ? null : questions);
    }
}
