package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of a document's translations: only the languages the bank is translated into, only texts the document has,
 * each within the limits of the text it translates — and a text left out is no problem: it reads in English.
 */
class TranslationValidationTests {

    private static final String DOCUMENT = """
            key: sample-set
            title: A sample
            categories:
              - key: only-category
                name: Only category
                questions:
                  - key: agree-question
                    kind: AGREEMENT
                    text: We do the thing.
                    guidance:
                      excellent: The thing is done.
                      nextStep: Do the thing.
                  - key: choice-question
                    kind: EITHER_OR
                    text: Do we do it, or not?
                    excellencePole: We do it
                    mediocrityPole: We do not
                    guidance:
                      excellent: It is done.
                      nextStep: Do it.
            """;

    private static final String GERMAN = """
            translations:
              de:
                title: Ein Beispiel
                bands:
                  40: Uneinheitlich
                categories:
                  only-category:
                    name: Einzige Kategorie
                questions:
                  choice-question:
                    text: Tun wir es oder nicht?
                    excellencePole: Wir tun es
                    guidance:
                      nextStep: Tun Sie es.
            """;

    private final QuestionSetDocumentFormat format = new QuestionSetDocumentFormat();
    private final QuestionSetDocumentValidator validator = new QuestionSetDocumentValidator();

    @Test
    void acceptsAPartialTranslationAndReadsTheRestInEnglish() {
        QuestionSetDocument document = read(DOCUMENT + GERMAN);

        assertThat(validator.validate(document)).isEmpty();
        var version = DocumentDefinitions.of(document);
        assertThat(version.in("de").question("choice-question").orElseThrow().mediocrityPole())
                .isEqualTo("We do not");
        assertThat(TranslatableText.untranslated(version, "de"))
                .containsExactly(
                        "bands.0",
                        "bands.60",
                        "bands.80",
                        "questions.agree-question.text",
                        "questions.agree-question.guidance.excellent",
                        "questions.agree-question.guidance.nextStep",
                        "questions.choice-question.mediocrityPole",
                        "questions.choice-question.guidance.excellent");
        assertThat(TranslatableText.untranslated(version, "fr")).hasSize(14);
    }

    @Test
    void refusesALanguageTheBankIsNotTranslatedIntoAndEnglishItself() {
        assertThat(problems(DOCUMENT + GERMAN.replace("  de:", "  es:")))
                .containsExactly("translations.es: 'es' is not a language question sets are translated into (de, fr)");
        assertThat(problems(DOCUMENT + GERMAN.replace("  de:", "  en:")))
                .containsExactly(
                        "translations.en: English is the document's own language: its texts are the set's" + " texts");
        assertThat(problems(DOCUMENT + "translations:\n  fr:\n"))
                .containsExactly(
                        "translations.fr: must not be empty: leave the language out to show every text in English");
    }

    @Test
    void refusesTranslationsOfTextsTheDocumentDoesNotHave() {
        assertThat(problems(DOCUMENT + GERMAN.replace("only-category:", "other-category:")))
                .containsExactly("translations.de.categories.other-category: the set has no category 'other-category'");
        assertThat(problems(DOCUMENT + GERMAN.replace("  choice-question:", "  missing-question:")))
                .containsExactly(
                        "translations.de.questions.missing-question: the set has no question 'missing-question'");
        assertThat(problems(DOCUMENT + GERMAN.replace("40: Uneinheitlich", "50: Uneinheitlich")))
                .containsExactly("translations.de.bands.50: the set has no band starting at 50");
        assertThat(problems(DOCUMENT + GERMAN.replace("title: Ein Beispiel", "intro: Eine Einleitung")))
                .containsExactly("translations.de.intro: the set has no introduction to translate");
        assertThat(problems(DOCUMENT + GERMAN.replace("name: Einzige Kategorie", "description: Beschreibung")))
                .containsExactly("translations.de.categories.only-category.description: the category has no"
                        + " description to translate");
        assertThat(problems(DOCUMENT + GERMAN.replace("  choice-question:", "  agree-question:")))
                .containsExactly("translations.de.questions.agree-question.excellencePole: applies only to EITHER_OR"
                        + " questions");
    }

    @Test
    void refusesEmptyTextsAndTextsLongerThanWhatTheyTranslate() {
        assertThat(problems(DOCUMENT + GERMAN.replace("title: Ein Beispiel", "title: ' '")))
                .containsExactly("translations.de.title: must not be empty: leave it out to show the English text");
        assertThat(problems(DOCUMENT + GERMAN.replace("Wir tun es", "x".repeat(201))))
                .containsExactly(
                        "translations.de.questions.choice-question.excellencePole: must be at most 200 characters");
        assertThat(problems(DOCUMENT + GERMAN.replace("Tun Sie es.", "x".repeat(1001))))
                .containsExactly(
                        "translations.de.questions.choice-question.guidance.nextStep: must be at most 1000 characters");
    }

    @Test
    void refusesUnknownFieldsInATranslationLikeAnywhereElse() {
        assertThat(readProblems(DOCUMENT + GERMAN.replace("title: Ein Beispiel", "titel: Ein Beispiel")))
                .containsExactly("translations.de: unknown field 'titel'");
    }

    @Test
    void survivesAWriteAndReadRoundTripWithItsTranslations() {
        QuestionSetDocument document = read(DOCUMENT + GERMAN);

        String written = format.write(document);

        assertThat(written).contains("translations:", "  de:", "    bands:", "      40: Uneinheitlich");
        assertThat(read(written)).isEqualTo(document);
    }

    private QuestionSetDocument read(String yaml) {
        return format.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> problems(String yaml) {
        return validator.validate(read(yaml)).stream().map(Object::toString).toList();
    }

    private List<String> readProblems(String yaml) {
        try {
            read(yaml);
            return List.of();
        } catch (InvalidDocumentException e) {
            return e.problems().stream().map(DocumentProblem::toString).toList();
        }
    }
}
