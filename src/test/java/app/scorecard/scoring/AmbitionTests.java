package app.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Where we want to be" beside "where we are": two categories of equal weight, X (x1, x2 reversed, x3) and Y (y1, y2).
 * Today: x1 2 → 25, x2 4 → 2 points → 25, x3 3 → 50, y1 N/A, y2 4 → 75. In a year: x1 4 → 75, x2 2 → 4 points → 75,
 * x3 3 → 50, y1 5 → 100, y2 3 → 50.
 */
class AmbitionTests {

    private static final ScoringModel MODEL = new ScoringModel(
            List.of(
                    new CategoryRule(
                            "x",
                            BigDecimal.ONE,
                            List.of(
                                    new ItemRule("x1", BigDecimal.ONE, false),
                                    new ItemRule("x2", BigDecimal.ONE, true),
                                    new ItemRule("x3", BigDecimal.ONE, false))),
                    new CategoryRule(
                            "y",
                            BigDecimal.ONE,
                            List.of(
                                    new ItemRule("y1", BigDecimal.ONE, false),
                                    new ItemRule("y2", BigDecimal.ONE, false)))),
            ScoringModel.DEFAULT_BANDS);

    private static final ScoringService RULES = new ScoringService();

    private final Scorecard today = RULES.score(MODEL, answers(2, 4, 3, null, 4));
    private final Scorecard target = RULES.score(MODEL, answers(4, 2, 3, 5, 3));

    @Test
    void eachQuestionsGapIsTargetMinusTodayLargestFirstTiesInQuestionnaireOrder() {
        Ambition ambition = Ambition.between(today, target);

        // x1 75 − 25 = 50.0 and x2 75 − 25 = 50.0 (a tie: x1 comes first in the questionnaire); x3 0.0; y2 50 − 75 =
        // −25.0; y1 is N/A today, so it has no gap
        assertThat(ambition.items())
                .extracting(Ambition.ItemGap::questionKey, gap -> gap.gap().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("x1", "50.0"),
                        org.assertj.core.groups.Tuple.tuple("x2", "50.0"),
                        org.assertj.core.groups.Tuple.tuple("x3", "0.0"),
                        org.assertj.core.groups.Tuple.tuple("y2", "-25.0"));
        assertThat(ambition.items().get(0))
                .isEqualTo(new Ambition.ItemGap(
                        "x", "x1", new BigDecimal("25.0"), new BigDecimal("75.0"), new BigDecimal("50.0")));
        // where to start: the largest gaps above zero, at most three
        assertThat(ambition.whereToStart())
                .extracting(Ambition.ItemGap::questionKey)
                .containsExactly("x1", "x2");
    }

    @Test
    void categoriesAndTheOverallScoreHaveGapsBetweenTheRoundedScoresPeopleSee() {
        Ambition ambition = Ambition.between(today, target);

        // X today (25 + 25 + 50) / 3 = 33.3, in a year (75 + 75 + 50) / 3 = 66.7: 33.4; Y today 75.0 (y2 alone, half
        // its
        // weight), in a year (100 + 50) / 2 = 75.0: 0.0
        assertThat(ambition.categories())
                .containsExactly(
                        new Ambition.CategoryGap(
                                "x", new BigDecimal("33.3"), new BigDecimal("66.7"), new BigDecimal("33.4")),
                        new Ambition.CategoryGap(
                                "y", new BigDecimal("75.0"), new BigDecimal("75.0"), new BigDecimal("0.0")));
        // overall today (33.33… + 75) / 2 = 54.2, in a year (66.66… + 75) / 2 = 70.8: 16.6
        assertThat(ambition.overall()).isEqualByComparingTo("16.6");
        assertThat(ambition.categoriesByGap())
                .extracting(Ambition.CategoryGap::key)
                .containsExactly("x", "y");
    }

    @Test
    void aCategoryWithoutAScoreOnEitherSideHasNoGapAndComesLast() {
        Scorecard todayWithoutY = RULES.score(MODEL, answers(2, 4, 3, null, null));
        Ambition ambition = Ambition.between(todayWithoutY, target);

        assertThat(ambition.categories().get(1).gap()).isNull();
        // today's overall rests on X alone (half the category weight is enough): 33.3; in a year 70.8: 37.5
        assertThat(ambition.overall()).isEqualByComparingTo("37.5");
        assertThat(ambition.categoriesByGap())
                .extracting(Ambition.CategoryGap::key)
                .containsExactly("x", "y");
        assertThat(ambition.items()).extracting(Ambition.ItemGap::questionKey).containsExactly("x1", "x2", "x3");
    }

    @Test
    void refusesScorecardsOfDifferentQuestions() {
        ScoringModel other = new ScoringModel(
                List.of(new CategoryRule("z", BigDecimal.ONE, List.of(new ItemRule("z1", BigDecimal.ONE, false)))),
                ScoringModel.DEFAULT_BANDS);
        Scorecard elsewhere = RULES.score(other, Map.of("z1", 3));

        assertThatThrownBy(() -> Ambition.between(today, elsewhere)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Integer> answers(Integer x1, Integer x2, Integer x3, Integer y1, Integer y2) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("x1", x1);
        answers.put("x2", x2);
        answers.put("x3", x3);
        answers.put("y1", y1);
        answers.put("y2", y2);
        return answers;
    }
}
