package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.internal.QuestionSetDocument.CategoryEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.QuestionEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Each document of the default bank reads, validates, and says what its seed says. */
class DefaultQuestionBankDocumentTests {

    private final QuestionSetDocumentFormat format = new QuestionSetDocumentFormat();
    private final QuestionSetDocumentValidator validator = new QuestionSetDocumentValidator();

    @ParameterizedTest
    @MethodSource("defaultSets")
    void readsAndValidatesWithItsFileNameAsKey(String key) throws IOException {
        QuestionSetDocument document = read(key);

        assertThat(validator.validate(document)).isEmpty();
        assertThat(document.key()).isEqualTo(key);
        assertThat(document.bands())
                .extracting(QuestionSetDocument.BandEntry::min)
                .containsExactly(0, 40, 60, 80);
        assertThat(questions(document)).allSatisfy(question -> {
            assertThat(question.guidance().excellent()).isNotBlank();
            assertThat(question.guidance().nextStep()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("defaultSets")
    void survivesAWriteAndReadRoundTrip(String key) throws IOException {
        QuestionSetDocument original = read(key);

        String written = format.write(original);
        QuestionSetDocument again = format.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));

        assertThat(again).isEqualTo(original);
    }

    @Test
    void promoteExcellenceAsksTheTwentyOneEitherOrQuestionsInFourToSixCategories() throws IOException {
        QuestionSetDocument document = read("promote-excellence");

        assertThat(questions(document)).hasSize(21).allSatisfy(question -> {
            assertThat(question.kind()).isEqualTo("EITHER_OR");
            assertThat(question.excellencePole()).isNotBlank();
            assertThat(question.mediocrityPole()).isNotBlank();
        });
        assertThat(document.categories()).hasSizeBetween(4, 6);
        assertThat(questions(document).get(0).text()).contains("excellence").contains("mediocrity");
    }

    @Test
    void excelThroughTheProcessCoversDecisionsActionsTimelinessAndAttitude() throws IOException {
        assertThat(read("excel-through-the-process").categories())
                .extracting(CategoryEntry::key)
                .contains("decisions", "actions", "timeliness", "attitude");
    }

    @Test
    void outstandingServiceFoundationsHasOneQuestionPerMinimumExpectationAndMustHave() throws IOException {
        // nine minimum expectations of customers and eleven organisational must-haves in seed 002: every one a
        // must-have, met at 4 points ("agree"), so that no average can trade one away
        assertThat(questions(read("outstanding-service-foundations")))
                .hasSize(20)
                .allSatisfy(question -> assertThat(question.mustHave())
                        .as(question.key())
                        .isEqualTo(new QuestionSetDocument.MustHaveEntry(4)));
        assertThat(read("outstanding-service-foundations").capBand())
                .as("the default cap: the second-lowest band, Inconsistent")
                .isNull();
    }

    @Test
    void serveHasTheFivePillarsInOrderWithThreeToFiveItemsEach() throws IOException {
        QuestionSetDocument document = read("serve");

        assertThat(document.categories())
                .extracting(CategoryEntry::key)
                .containsExactly(
                        "spirit-of-service",
                        "embrace-solutions",
                        "respectful-communication",
                        "value-feedback",
                        "empowered-excellence");
        assertThat(document.categories())
                .allSatisfy(category -> assertThat(category.questions()).hasSizeBetween(3, 5));
    }

    @Test
    void customerRelationshipsAsksElevenQuestionsWithTheNegativeOnesReversed() throws IOException {
        List<QuestionEntry> questions = questions(read("customer-relationships"));

        assertThat(questions).hasSize(11);
        assertThat(questions)
                .filteredOn(question -> Boolean.TRUE.equals(question.reverse()))
                .extracting(QuestionEntry::key)
                .containsExactlyInAnyOrder(
                        "taken-for-granted",
                        "best-work-under-threat",
                        "less-attention-after-courting",
                        "fear-blocks-ideas");
    }

    static List<String> defaultSets() {
        return List.of(
                "promote-excellence",
                "excel-through-the-process",
                "outstanding-service-foundations",
                "serve",
                "customer-relationships");
    }

    private QuestionSetDocument read(String key) throws IOException {
        return format.read(new ClassPathResource("question-bank/" + key + ".yaml").getInputStream());
    }

    private static List<QuestionEntry> questions(QuestionSetDocument document) {
        return document.categories().stream()
                .flatMap(category -> category.questions().stream())
                .toList();
    }
}
