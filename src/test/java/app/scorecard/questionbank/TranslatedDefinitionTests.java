package app.scorecard.questionbank;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.internal.TranslatableText;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A version read in another language: its words change, nothing that answers or scores it does. */
class TranslatedDefinitionTests {

    private static final QuestionDefinition EITHER_OR = new QuestionDefinition(
            "strive",
            "Do we strive for excellence?",
            QuestionKind.EITHER_OR,
            "We strive",
            "We settle",
            false,
            BigDecimal.ONE,
            new Guidance("Excellent.", "Next."),
            1,
            4);

    private static final QuestionDefinition AGREEMENT = new QuestionDefinition(
            "enjoy",
            "We enjoy serving.",
            QuestionKind.AGREEMENT,
            null,
            null,
            true,
            new BigDecimal("1.5"),
            new Guidance("People enjoy it.", "Ask them."),
            1);

    private static final Translations GERMAN = new Translations(Map.of(
            "de",
            Map.of(
                    "title", "Streben wir nach Exzellenz?",
                    "bands.40", "Uneinheitlich",
                    "categories.quality.name", "Qualität",
                    "questions.strive.text", "Streben wir nach Exzellenz?",
                    "questions.strive.excellencePole", "Wir streben danach",
                    "questions.strive.mediocrityPole", "Wir geben uns zufrieden",
                    "questions.strive.guidance.nextStep", "Nächster Schritt.")));

    private static final QuestionSetDefinition VERSION = new QuestionSetDefinition(
            7,
            "sample",
            2,
            "Do we strive?",
            "An introduction.",
            List.of(new CategoryDefinition(
                    "quality", "Quality", "How good it is.", BigDecimal.ONE, List.of(EITHER_OR, AGREEMENT))),
            List.of(new Band(0, "Settling"), new Band(40, "Inconsistent"), new Band(60, "Striving")),
            null,
            GERMAN);

    @Test
    void readsEveryTextTheLanguageHasInItAndTheRestInEnglish() {
        QuestionSetDefinition german = VERSION.in("de");

        assertThat(german.title()).isEqualTo("Streben wir nach Exzellenz?");
        assertThat(german.intro()).isEqualTo("An introduction.");
        assertThat(german.categories().get(0).name()).isEqualTo("Qualität");
        assertThat(german.categories().get(0).description()).isEqualTo("How good it is.");
        QuestionDefinition strive = german.question("strive").orElseThrow();
        assertThat(strive.text()).isEqualTo("Streben wir nach Exzellenz?");
        assertThat(strive.excellencePole()).isEqualTo("Wir streben danach");
        assertThat(strive.mediocrityPole()).isEqualTo("Wir geben uns zufrieden");
        assertThat(strive.guidance()).isEqualTo(new Guidance("Excellent.", "Nächster Schritt."));
        assertThat(german.question("enjoy").orElseThrow().text()).isEqualTo("We enjoy serving.");
        assertThat(german.bands()).extracting(Band::label).containsExactly("Settling", "Uneinheitlich", "Striving");
    }

    @Test
    void keepsEverythingThatAnswersAndScoresTheVersion() {
        QuestionSetDefinition german = VERSION.in(Locale.GERMANY);

        assertThat(german.versionId()).isEqualTo(VERSION.versionId());
        assertThat(german.version()).isEqualTo(VERSION.version());
        assertThat(german.questions())
                .extracting(
                        QuestionDefinition::key,
                        QuestionDefinition::kind,
                        QuestionDefinition::reverse,
                        QuestionDefinition::weight,
                        QuestionDefinition::trendSince,
                        QuestionDefinition::mustHaveThreshold)
                .containsExactlyElementsOf(VERSION.questions().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(
                                q.key(), q.kind(), q.reverse(), q.weight(), q.trendSince(), q.mustHaveThreshold()))
                        .toList());
        assertThat(german.scoringModel().categories())
                .isEqualTo(VERSION.scoringModel().categories());
        assertThat(german.bands()).extracting(Band::min).containsExactly(0, 40, 60);
    }

    @Test
    void readsInEnglishForEnglishAndForLanguagesItIsNotTranslatedInto() {
        assertThat(VERSION.in("en")).isSameAs(VERSION);
        assertThat(VERSION.in("fr")).isSameAs(VERSION);
        assertThat(VERSION.in(Locale.JAPANESE)).isSameAs(VERSION);
        assertThat(Translations.languageOf(Locale.forLanguageTag("de-AT"))).isEqualTo("de");
        assertThat(Translations.languageOf(Locale.forLanguageTag("fr-CH"))).isEqualTo("fr");
        assertThat(Translations.languageOf(Locale.forLanguageTag("es"))).isEqualTo("en");
    }

    @Test
    void translatesARecordedBandOnlyWhenItIsTheVersionsOwn() {
        assertThat(VERSION.recordedBandIn(new Band(40, "Inconsistent"), "de")).isEqualTo(new Band(40, "Uneinheitlich"));
        assertThat(VERSION.recordedBandIn(new Band(0, "Settling"), "de")).isEqualTo(new Band(0, "Settling"));
        // a label the version's band at that minimum does not carry is shown as the record holds it
        assertThat(VERSION.recordedBandIn(new Band(40, "Patchy"), "de")).isEqualTo(new Band(40, "Patchy"));
        assertThat(VERSION.recordedBandIn(null, "de")).isNull();
        assertThat(VERSION.recordedBandLabelIn("Inconsistent", "de")).isEqualTo("Uneinheitlich");
        assertThat(VERSION.recordedBandLabelIn("Patchy", "de")).isEqualTo("Patchy");
        assertThat(VERSION.titleIn("de")).isEqualTo("Streben wir nach Exzellenz?");
        assertThat(VERSION.titleIn("fr")).isEqualTo("Do we strive?");
    }

    @Test
    void listsEveryTextAReaderMeetsAndWhichOnesALanguageLeavesToEnglish() {
        assertThat(TranslatableText.of(VERSION))
                .extracting(TranslatableText::key)
                .containsExactly(
                        "title",
                        "intro",
                        "bands.0",
                        "bands.40",
                        "bands.60",
                        "categories.quality.name",
                        "categories.quality.description",
                        "questions.strive.text",
                        "questions.strive.excellencePole",
                        "questions.strive.mediocrityPole",
                        "questions.strive.guidance.excellent",
                        "questions.strive.guidance.nextStep",
                        "questions.enjoy.text",
                        "questions.enjoy.guidance.excellent",
                        "questions.enjoy.guidance.nextStep");
        assertThat(TranslatableText.untranslated(VERSION, "de"))
                .containsExactly(
                        "intro",
                        "bands.0",
                        "bands.60",
                        "categories.quality.description",
                        "questions.strive.guidance.excellent",
                        "questions.enjoy.text",
                        "questions.enjoy.guidance.excellent",
                        "questions.enjoy.guidance.nextStep");
        assertThat(TranslatableText.untranslated(VERSION, "fr")).hasSize(15);
    }
}
