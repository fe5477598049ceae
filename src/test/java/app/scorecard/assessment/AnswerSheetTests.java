package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.assessment.internal.AnswerSheet;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerSheetTests {

    private final QuestionSetDefinition version = new QuestionSetDefinition(
            1,
            "sample",
            1,
            "Sample",
            null,
            List.of(new CategoryDefinition(
                    "only",
                    "Only",
                    null,
                    BigDecimal.ONE,
                    List.of(question("q-one"), question("q-two"), question("q-three")))),
            ScoringModel.DEFAULT_BANDS);

    @Test
    void readsValuesNotApplicableAndComments() {
        AnswerSheet sheet = AnswerSheet.read(
                version, Map.of("q-one", "4", "q-two", "na"), Map.of("q-two", "  unsure  ", "q-three", "later"));

        assertThat(sheet.hasProblems()).isFalse();
        assertThat(sheet.answers().get("q-one").value()).isEqualTo(4);
        assertThat(sheet.answers().get("q-two").isNotApplicable()).isTrue();
        assertThat(sheet.answers().get("q-two").comment()).isEqualTo("unsure");
        assertThat(sheet.answers().get("q-three").isAnswered()).isFalse();
        assertThat(sheet.answers().get("q-three").comment()).isEqualTo("later");
        assertThat(sheet.answeredCount()).isEqualTo(2);
    }

    @Test
    void namesEveryProblemByQuestion() {
        Map<String, String> choices = new HashMap<>(Map.of("q-one", "0", "q-two", "five", "forged", "3"));

        AnswerSheet sheet = AnswerSheet.read(version, choices, Map.of("q-three", "x".repeat(2001)));

        assertThat(sheet.problems())
                .containsEntry("q-one", AnswerSheet.INVALID_CHOICE)
                .containsEntry("q-two", AnswerSheet.INVALID_CHOICE)
                .containsEntry("q-three", AnswerSheet.COMMENT_TOO_LONG)
                .containsEntry("forged", AnswerSheet.UNKNOWN_QUESTION)
                .hasSize(4);
    }

    @Test
    void requiresEveryQuestionForSubmitting() {
        AnswerSheet sheet = AnswerSheet.read(version, Map.of("q-one", "1"), Map.of("q-two", "a comment is no answer"))
                .requireAllAnswered(version);

        assertThat(sheet.problems()).containsOnlyKeys("q-two", "q-three").containsValue(AnswerSheet.UNANSWERED);
    }

    @Test
    void keepsNothingForAQuestionLeftBlank() {
        AnswerSheet sheet = AnswerSheet.read(version, Map.of("q-one", " "), Map.of("q-one", " "));

        assertThat(sheet.answers()).isEmpty();
        assertThat(sheet.hasProblems()).isFalse();
    }

    @Test
    void readsTargetsBesideTheAnswersWhenTheRoundAsksForThem() {
        AnswerSheet sheet = AnswerSheet.read(
                version,
                Map.of("q-one", "2", "q-two", "na"),
                Map.of(),
                Map.of("q-one", "4", "q-two", "na", "q-three", "5"),
                true);

        assertThat(sheet.hasProblems()).isFalse();
        assertThat(sheet.answers().get("q-one").target()).isEqualTo(4);
        assertThat(sheet.answers().get("q-two").isTargetNotApplicable()).isTrue();
        assertThat(sheet.answers().get("q-three").isAnswered()).isFalse();
        assertThat(sheet.answers().get("q-three").target()).isEqualTo(5);
        assertThat(sheet.answeredCount()).as("both rows chosen").isEqualTo(2);
    }

    @Test
    void ignoresTargetsWhenTheRoundAsksNone() {
        AnswerSheet sheet = AnswerSheet.read(version, Map.of("q-one", "2"), Map.of(), Map.of("q-one", "4"), false);

        assertThat(sheet.answers()).containsOnlyKeys("q-one");
        assertThat(sheet.answers().get("q-one").isTargetAnswered()).isFalse();
    }

    @Test
    void namesATargetThatIsNotOnTheScale() {
        AnswerSheet sheet =
                AnswerSheet.read(version, Map.of("q-one", "2"), Map.of(), Map.of("q-one", "7", "forged", "3"), true);

        assertThat(sheet.problems())
                .containsEntry("q-one", AnswerSheet.INVALID_TARGET)
                .containsEntry("forged", AnswerSheet.UNKNOWN_QUESTION)
                .hasSize(2);
    }

    @Test
    void requiresBothRowsOfEveryQuestionForSubmittingARoundAskingTargets() {
        AnswerSheet sheet = AnswerSheet.read(
                        version,
                        Map.of("q-one", "1", "q-two", "3"),
                        Map.of(),
                        Map.of("q-one", "na", "q-three", "2"),
                        true)
                .requireAllAnswered(version);

        assertThat(sheet.problems())
                .containsOnly(
                        Map.entry("q-two", AnswerSheet.TARGET_UNANSWERED),
                        Map.entry("q-three", AnswerSheet.UNANSWERED));
        AnswerSheet nothing =
                AnswerSheet.read(version, Map.of(), Map.of(), Map.of(), true).requireAllAnswered(version);
        assertThat(nothing.problems())
                .containsValues(AnswerSheet.BOTH_UNANSWERED)
                .hasSize(3);
    }

    private static QuestionDefinition question(String key) {
        return new QuestionDefinition(
                key, "Text", QuestionKind.AGREEMENT, null, null, false, BigDecimal.ONE, new Guidance("x", "y"), 1);
    }
}
