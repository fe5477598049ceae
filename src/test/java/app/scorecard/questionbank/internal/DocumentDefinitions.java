package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents as definitions, for tests of their texts that need no database. */
final class DocumentDefinitions {

    private DocumentDefinitions() {}

    /** The document as the version the bank stores from it, without the database. */
    static QuestionSetDefinition of(QuestionSetDocument document) {
        List<CategoryDefinition> categories = document.categories().stream()
                .map(category -> new CategoryDefinition(
                        category.key(),
                        category.name(),
                        category.description(),
                        BigDecimal.ONE,
                        category.questions().stream()
                                .map(question -> new QuestionDefinition(
                                        question.key(),
                                        question.text(),
                                        QuestionKind.valueOf(question.kind()),
                                        question.excellencePole(),
                                        question.mediocrityPole(),
                                        Boolean.TRUE.equals(question.reverse()),
                                        BigDecimal.ONE,
                                        new Guidance(
                                                question.guidance().excellent(),
                                                question.guidance().nextStep()),
                                        1))
                                .toList()))
                .toList();
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        if (document.translations() != null) {
            document.translations().forEach((language, entry) -> translations.put(language, entry.texts()));
        }
        return new QuestionSetDefinition(
                1,
                document.key(),
                1,
                document.title(),
                document.intro(),
                categories,
                document.bands() == null
                        ? ScoringModel.DEFAULT_BANDS
                        : document.bands().stream()
                                .map(band -> new Band(band.min(), band.label()))
                                .toList(),
                document.capBand(),
                new Translations(translations));
    }
}
