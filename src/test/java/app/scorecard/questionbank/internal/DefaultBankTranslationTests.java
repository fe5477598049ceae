package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** The default bank reads completely in German and in French: no text of any set falls back to English. */
class DefaultBankTranslationTests {

    /** Words French shares with English: the same word is the translation. */
    private static final Set<String> SAME_IN_FRENCH = Set.of("Actions", "Attitude");

    private final QuestionSetDocumentFormat format = new QuestionSetDocumentFormat();

    @ParameterizedTest
    @MethodSource("app.scorecard.questionbank.internal.DefaultQuestionBankDocumentTests#defaultSets")
    void everyTextOfEveryDefaultSetIsTranslatedIntoGermanAndFrench(String key) throws IOException {
        QuestionSetDefinition version = DocumentDefinitions.of(read(key));

        assertThat(version.translations().byLanguage()).containsOnlyKeys(Translations.LANGUAGES);
        for (String language : Translations.LANGUAGES) {
            assertThat(TranslatableText.untranslated(version, language))
                    .as("%s texts of %s that fall back to English", language, key)
                    .isEmpty();
            assertThat(version.translations().in(language)).hasSameSizeAs(TranslatableText.of(version));
        }
    }

    @ParameterizedTest
    @MethodSource("app.scorecard.questionbank.internal.DefaultQuestionBankDocumentTests#defaultSets")
    void noTranslationIsTheEnglishTextCopiedNorTheOtherLanguagesText(String key) throws IOException {
        QuestionSetDefinition version = DocumentDefinitions.of(read(key));

        for (TranslatableText text : TranslatableText.of(version)) {
            String german = version.translations().text("de", text.key()).orElseThrow();
            String french = version.translations().text("fr", text.key()).orElseThrow();
            assertThat(german).as("de %s", text.key()).isNotEqualTo(text.original());
            if (!SAME_IN_FRENCH.contains(text.original())) {
                assertThat(french).as("fr %s", text.key()).isNotEqualTo(text.original());
            }
            assertThat(french).as("fr %s", text.key()).isNotEqualTo(german);
        }
    }

    @ParameterizedTest
    @MethodSource("app.scorecard.questionbank.internal.DefaultQuestionBankDocumentTests#defaultSets")
    void eitherOrQuestionsKeepTheirTwoPolesApartInEveryLanguage(String key) throws IOException {
        QuestionSetDefinition version = DocumentDefinitions.of(read(key));

        for (String language : Translations.LANGUAGES) {
            assertThat(version.in(language).questions())
                    .filteredOn(question -> question.kind() == QuestionKind.EITHER_OR)
                    .allSatisfy(question -> assertThat(question.excellencePole())
                            .as("%s %s", language, question.key())
                            .isNotEqualTo(question.mediocrityPole()));
        }
    }

    private QuestionSetDocument read(String key) throws IOException {
        QuestionSetDocument document =
                format.read(new ClassPathResource("question-bank/" + key + ".yaml").getInputStream());
        assertThat(new QuestionSetDocumentValidator().validate(document)).isEmpty();
        return document;
    }
}
