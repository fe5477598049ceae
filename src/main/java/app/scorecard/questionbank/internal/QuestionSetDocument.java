package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A question set as a YAML document: the format of the default bank in {@code src/main/resources/question-bank/} and of
 * import and export. Fields are nullable here on purpose: a document is read first, then validated as a whole, so
 * every problem can be reported at once ({@link QuestionSetDocumentValidator}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"key", "title", "intro", "bands", "capBand", "categories", "translations"})
public record QuestionSetDocument(
        String key,
        String title,
        String intro,
        List<BandEntry> bands,
        String capBand,
        List<CategoryEntry> categories,
        Map<String, TranslationEntry> translations) {

    /** A document without translations. */
    public QuestionSetDocument(
            String key,
            String title,
            String intro,
            List<BandEntry> bands,
            String capBand,
            List<CategoryEntry> categories) {
        this(key, title, intro, bands, capBand, categories, null);
    }

    @JsonPropertyOrder({"min", "label"})
    public record BandEntry(Integer min, String label) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"key", "name", "description", "weight", "questions"})
    public record CategoryEntry(
            String key, String name, String description, BigDecimal weight, List<QuestionEntry> questions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "key",
        "kind",
        "text",
        "excellencePole",
        "mediocrityPole",
        "reverse",
        "weight",
        "mustHave",
        "guidance"
    })
    public record QuestionEntry(
            String key,
            String kind,
            String text,
            String excellencePole,
            String mediocrityPole,
            Boolean reverse,
            BigDecimal weight,
            MustHaveEntry mustHave,
            GuidanceEntry guidance) {}

    /** A must-have: {@code mustHave: {threshold: 4}}, or {@code mustHave: {}} for the default threshold. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MustHaveEntry(Integer threshold) {}

    @JsonInclude(JsonInclude.Include.NON_NULL) // in a translation either may be left out
    @JsonPropertyOrder({"excellent", "nextStep"})
    public record GuidanceEntry(String excellent, String nextStep) {}

    /** The document of an existing version, as exported. */
    public static QuestionSetDocument of(QuestionSetDefinition definition) {
        return new QuestionSetDocument(
                definition.key(),
                definition.title(),
                definition.intro(),
                definition.bands().stream()
                        .map(band -> new BandEntry(band.min(), band.label()))
                        .toList(),
                definition.capBand(),
                definition.categories().stream().map(QuestionSetDocument::entry).toList(),
                TranslationEntry.allOf(definition));
    }

    private static CategoryEntry entry(CategoryDefinition category) {
        return new CategoryEntry(
                category.key(),
                category.name(),
                category.description(),
                category.weight(),
                category.questions().stream().map(QuestionSetDocument::entry).toList());
    }

    private static QuestionEntry entry(QuestionDefinition question) {
        return new QuestionEntry(
                question.key(),
                question.kind().name(),
                question.text(),
                question.excellencePole(),
                question.mediocrityPole(),
                question.kind() == QuestionKind.AGREEMENT ? question.reverse() : null,
                question.weight(),
                question.isMustHave() ? new MustHaveEntry(question.mustHaveThreshold()) : null,
                new GuidanceEntry(
                        question.guidance().excellent(), question.guidance().nextStep()));
    }
}
