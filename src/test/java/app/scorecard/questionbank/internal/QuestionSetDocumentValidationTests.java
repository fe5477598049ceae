package app.scorecard.questionbank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of a question-set document, with the problem it reports and where. */
class QuestionSetDocumentValidationTests {

    private static final String VALID = """
            key: sample-set
            title: A sample
            categories:
              - key: only-category
                name: Only category
                questions:
                  - key: first-question
                    kind: AGREEMENT
                    text: We do the thing.
                    guidance:
                      excellent: The thing is done.
                      nextStep: Do the thing.
            """;

    private final QuestionSetDocumentFormat format = new QuestionSetDocumentFormat();
    private final QuestionSetDocumentValidator validator = new QuestionSetDocumentValidator();

    @Test
    void acceptsAMinimalDocumentWithDefaultsForBandsAndWeights() {
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void acceptsMustHavesWithAThresholdFromOneToFiveAndACapBandThatIsOneOfTheBands() {
        String mustHave =
                VALID.replace("text: We do the thing.", "text: We do the thing.\n        mustHave: {threshold: 1}");
        assertThat(problems(mustHave)).isEmpty();
        assertThat(problems(VALID.replace("text: We do the thing.", "text: We do the thing.\n        mustHave: {}")))
                .isEmpty();
        assertThat(problems(VALID.replace("title: A sample", "title: A sample\ncapBand: Inconsistent")))
                .isEmpty();

        assertThat(problems(mustHave.replace("threshold: 1", "threshold: 6")))
                .containsExactly(
                        "categories[0].questions[0].mustHave.threshold: must be a number of points from 1 to 5");
        assertThat(problems(mustHave.replace("threshold: 1", "threshold: 0"))).hasSize(1);
        assertThat(problems(VALID.replace("title: A sample", "title: A sample\ncapBand: Superb")))
                .containsExactly("capBand: must be the label of one of the set's bands: Settling for mediocrity,"
                        + " Inconsistent, Striving for excellence, Excellence is a way of life");
    }

    @Test
    void refusesKeysThatAreNotSafe() {
        assertThat(problems(VALID.replace("key: sample-set", "key: Sample Set")))
                .containsExactly("key: 'Sample Set' must be 3–64 lowercase letters, digits and single hyphens,"
                        + " starting with a letter");
        assertThat(problems(VALID.replace("key: first-question", "key: ab"))).hasSize(1);
        assertThat(problems(VALID.replace("key: first-question", "key: double--hyphen")))
                .hasSize(1);
        assertThat(problems(VALID.replace("key: first-question", "key: <script>")))
                .hasSize(1);
    }

    @Test
    void refusesDuplicateQuestionKeysAcrossCategories() {
        String twoCategories = VALID + """
                  - key: second-category
                    name: Second
                    questions:
                      - key: first-question
                        kind: AGREEMENT
                        text: Again.
                        guidance: {excellent: x, nextStep: y}
                """;

        assertThat(problems(twoCategories))
                .containsExactly("categories[1].questions[0].key: 'first-question' is used by another question of"
                        + " this set");
    }

    @Test
    void refusesDuplicateCategoryKeys() {
        String twice = VALID + VALID.substring(VALID.indexOf("  - key: only-category"));

        assertThat(problems(twice))
                .contains("categories[1].key: 'only-category' is used by another category of this set");
    }

    @Test
    void refusesWeightsOfZeroNegativeTooLargeOrTooPrecise() {
        assertThat(problems(VALID.replace("name: Only category", "name: Only category\n    weight: 0")))
                .containsExactly("categories[0].weight: must be greater than 0");
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        weight: -1")))
                .containsExactly("categories[0].questions[0].weight: must be greater than 0");
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        weight: 10.01")))
                .containsExactly("categories[0].questions[0].weight: must be at most 10");
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        weight: 1.005")))
                .containsExactly("categories[0].questions[0].weight: must have at most 2 decimals");
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        weight: 1.50")))
                .isEmpty();
    }

    @Test
    void requiresBothPolesForEitherOrQuestionsAndRefusesReverseOnThem() {
        String eitherOr = VALID.replace("kind: AGREEMENT", "kind: EITHER_OR\n        reverse: true");

        assertThat(problems(eitherOr))
                .containsExactly(
                        "categories[0].questions[0].excellencePole: is required",
                        "categories[0].questions[0].mediocrityPole: is required",
                        "categories[0].questions[0].reverse: applies only to AGREEMENT questions: an either/or"
                                + " question's scale already runs from its mediocrity pole (1) to its excellence"
                                + " pole (5)");
    }

    @Test
    void refusesPolesOnAgreementQuestionsAndUnknownKinds() {
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        excellencePole: Good")))
                .containsExactly("categories[0].questions[0].excellencePole: applies only to EITHER_OR questions");
        assertThat(problems(VALID.replace("kind: AGREEMENT", "kind: SLIDER")))
                .containsExactly("categories[0].questions[0].kind: must be AGREEMENT or EITHER_OR");
    }

    @Test
    void requiresGuidanceAndTexts() {
        String noGuidance = VALID.substring(0, VALID.indexOf("        guidance:"));

        assertThat(problems(noGuidance))
                .containsExactly("categories[0].questions[0].guidance: is required: what excellent looks like, and"
                        + " one step to get there");
        assertThat(problems(VALID.replace("title: A sample", "title: '   '"))).containsExactly("title: is required");
        assertThat(problems(VALID.replace("text: We do the thing.", "text: " + "x".repeat(501))))
                .containsExactly("categories[0].questions[0].text: must be at most 500 characters");
    }

    @Test
    void requiresBandsToStartAtZeroAndRise() {
        String bands = VALID.replace("title: A sample", """
                title: A sample
                bands:
                  - {min: 10, label: Low}
                  - {min: 10, label: Same}
                  - {min: 150, label: Impossible}
                  - {label: ''}""");

        assertThat(problems(bands))
                .containsExactly(
                        "bands[0].min: the first band must start at 0",
                        "bands[1].min: must be greater than the previous band's minimum (10)",
                        "bands[2].min: must be between 0 and 100",
                        "bands[3].label: is required",
                        "bands[3].min: is required");
    }

    @Test
    void requiresCategoriesAndQuestions() {
        assertThat(problems("key: sample-set\ntitle: T\n"))
                .containsExactly("categories: must list at least one category");
        assertThat(problems("key: sample-set\ntitle: T\ncategories:\n  - {key: abc, name: A, questions: []}\n"))
                .containsExactly("categories[0].questions: must list at least one question");
    }

    @Test
    void reportsUnknownFieldsWithTheirPath() {
        InvalidDocumentException refused =
                refusedOnRead(VALID.replace("text: We do", "txt: oops\n        text: We do"));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("categories[0].questions[0]");
            assertThat(problem.message()).isEqualTo("unknown field 'txt'");
            assertThat(problem.toString()).isEqualTo("categories[0].questions[0]: unknown field 'txt'");
        });
    }

    @Test
    void reportsValuesOfTheWrongTypeWithTheirPath() {
        InvalidDocumentException refused =
                refusedOnRead(VALID.replace("kind: AGREEMENT", "kind: AGREEMENT\n        weight: heavy"));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("categories[0].questions[0].weight");
            assertThat(problem.message()).isEqualTo("expected a number");
            assertThat(problem.toString()).startsWith("line 9, categories[0].questions[0].weight");
        });
    }

    @Test
    void refusesBrokenYamlDuplicateFieldsAndEmptyDocuments() {
        assertThat(refusedOnRead("title: \"never closed\nkey: abc\n").problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("is not valid YAML"));
        assertThat(refusedOnRead("key: a-b-c\nkey: d-e-f\n").problems()).hasSize(1);
        assertThat(refusedOnRead("").problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("the document is empty"));
    }

    private List<String> problems(String yaml) {
        return validator.validate(read(yaml)).stream()
                .map(DocumentProblem::toString)
                .toList();
    }

    private QuestionSetDocument read(String yaml) {
        return format.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private InvalidDocumentException refusedOnRead(String yaml) {
        return assertThatExceptionOfType(InvalidDocumentException.class)
                .isThrownBy(() -> read(yaml))
                .actual();
    }
}
