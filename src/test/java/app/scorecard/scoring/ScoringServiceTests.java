package app.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected number here was computed by hand from the rules in docs/scoring.md. */
class ScoringServiceTests {

    private final ScoringService scoring = new ScoringService();

    @Nested
    class ItemScores {

        @ParameterizedTest(name = "answer {0} scores {1}")
        @CsvSource({"1, 0.0", "2, 25.0", "3, 50.0", "4, 75.0", "5, 100.0"})
        void mapsAnswersOneToFiveOntoZeroToHundred(int answer, String expected) {
            Scorecard card = scoring.score(model(category("c", "1", item("q", "1"))), Map.of("q", answer));

            assertThat(card.item("q").orElseThrow().score()).isEqualByComparingTo(expected);
            assertThat(card.overall()).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "reverse answer {0} scores {1}")
        @CsvSource({"1, 100.0", "2, 75.0", "3, 50.0", "4, 25.0", "5, 0.0"})
        void scoresReverseItemsFromTheOppositePole(int answer, String expected) {
            Scorecard card = scoring.score(model(category("c", "1", reverseItem("q", "1"))), Map.of("q", answer));

            assertThat(card.item("q").orElseThrow().score()).isEqualByComparingTo(expected);
        }

        @Test
        void reportsNotApplicableItemsWithoutAScore() {
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "1"), item("b", "1"))), answers("a", 4, "b", null));

            assertThat(card.item("b").orElseThrow().isAnswered()).isFalse();
            assertThat(card.item("b").orElseThrow().score()).isNull();
        }
    }

    @Nested
    class CategoryScores {

        @Test
        void weighsItemsWithinTheirCategory() {
            // (1 × 100 + 3 × 50) / 4 = 62.5
            Scorecard card =
                    scoring.score(model(category("c", "1", item("a", "1"), item("b", "3"))), Map.of("a", 5, "b", 3));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("62.5");
        }

        @Test
        void leavesNotApplicableItemsOutOfTheMean() {
            // a = 100, b N/A, c = 25: (100 + 25) / 2 = 62.5, two of three answered
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "1"), item("b", "1"), item("c1", "1"))),
                    answers("a", 5, "b", null, "c1", 2));

            CategoryScore category = card.category("c").orElseThrow();
            assertThat(category.score()).isEqualByComparingTo("62.5");
            assertThat(category.answered()).isEqualTo(2);
            assertThat(category.total()).isEqualTo(3);
        }

        @Test
        void treatsKeysMissingFromTheAnswersAsNotApplicable() {
            Scorecard card = scoring.score(model(category("c", "1", item("a", "1"), item("b", "1"))), Map.of("a", 2));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("25.0");
            assertThat(card.category("c").orElseThrow().answered()).isEqualTo(1);
        }

        @Test
        void hasNoScoreWhenTheAnsweredWeightIsBelowHalf() {
            // answered weight 1 of 4: 1 < 2
            Scorecard card = scoring.score(model(category("c", "1", item("a", "1"), item("b", "3"))), Map.of("a", 5));

            assertThat(card.category("c").orElseThrow().score()).isNull();
            assertThat(card.category("c").orElseThrow().isScored()).isFalse();
            assertThat(card.category("c").orElseThrow().answered()).isEqualTo(1);
        }

        @Test
        void isScoredWhenExactlyHalfTheWeightIsAnswered() {
            // answered weight 2 of 4: 2 is not below 2; (1 × 100 + 1 × 0) / 2 = 50
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "1"), item("b", "1"), item("c1", "2"))), Map.of("a", 5, "b", 1));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("50.0");
        }

        @Test
        void countsWeightNotItemsForTheHalfRule() {
            // one of two items answered, but it carries 3 of 4 weight
            Scorecard card = scoring.score(model(category("c", "1", item("a", "1"), item("b", "3"))), Map.of("b", 4));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("75.0");
        }

        @Test
        void hasNoScoreWhenNothingIsAnswered() {
            Scorecard card = scoring.score(model(category("c", "1", item("a", "1"))), answers("a", null));

            assertThat(card.category("c").orElseThrow().score()).isNull();
            assertThat(card.overall()).isNull();
            assertThat(card.band()).isNull();
        }

        @Test
        void roundsHalfUpToOneDecimal() {
            // (1 × 0 + 1 × 25 + 2 × 100) / 4 = 56.25, half up: 56.3
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "1"), item("b", "1"), item("c1", "2"))),
                    Map.of("a", 1, "b", 2, "c1", 5));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("56.3");
        }

        @Test
        void keepsArithmeticExactWhereFloatingPointWouldRoundDown() {
            // (0.07 × 75 + 0.21 × 50) / 0.28 = 15.75 / 0.28 = 56.25 → 56.3; in doubles it is 56.2499… → 56.2
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "0.07"), item("b", "0.21"))), Map.of("a", 4, "b", 3));

            assertThat(card.category("c").orElseThrow().score()).isEqualByComparingTo("56.3");
        }

        @Test
        void roundsRepeatingDecimals() {
            // (75 + 75 + 50) / 3 = 66.666… → 66.7; (0 + 25 + 25) / 3 = 16.666… → 16.7; (100 + 0 + 0) / 3 = 33.3
            ScoringModel model = model(
                    category("x", "1", item("x1", "1"), item("x2", "1"), item("x3", "1")),
                    category("y", "1", item("y1", "1"), item("y2", "1"), item("y3", "1")),
                    category("z", "1", item("z1", "1"), item("z2", "1"), item("z3", "1")));
            Map<String, Integer> answers = new HashMap<>();
            answers.putAll(Map.of("x1", 4, "x2", 4, "x3", 3, "y1", 1, "y2", 2, "y3", 2));
            answers.putAll(Map.of("z1", 5, "z2", 1, "z3", 1));

            Scorecard card = scoring.score(model, answers);

            assertThat(card.category("x").orElseThrow().score()).isEqualByComparingTo("66.7");
            assertThat(card.category("y").orElseThrow().score()).isEqualByComparingTo("16.7");
            assertThat(card.category("z").orElseThrow().score()).isEqualByComparingTo("33.3");
            // (200/3 + 50/3 + 100/3) / 3 = 350/9 = 38.888… → 38.9
            assertThat(card.overall()).isEqualByComparingTo("38.9");
        }
    }

    @Nested
    class OverallScore {

        @Test
        void weighsCategoryScores() {
            // (2 × 75 + 1 × 50) / 3 = 66.666… → 66.7
            Scorecard card = scoring.score(
                    model(category("a", "2", item("a1", "1")), category("b", "1", item("b1", "1"))),
                    Map.of("a1", 4, "b1", 3));

            assertThat(card.overall()).isEqualByComparingTo("66.7");
            assertThat(card.band().label()).isEqualTo("Striving for excellence");
        }

        @Test
        void usesUnroundedCategoryScores() {
            // a = (50 + 100) / 2 = 75; b = (25 + 25 + 50) / 3 = 33.333…
            // exact: (1 × 75 + 3 × 100/3) / 4 = 43.75 → 43.8; rounding b first would give (75 + 99.9) / 4 → 43.7
            Scorecard card = scoring.score(
                    model(
                            category("a", "1", item("a1", "1"), item("a2", "1")),
                            category("b", "3", item("b1", "1"), item("b2", "1"), item("b3", "1"))),
                    Map.of("a1", 3, "a2", 5, "b1", 2, "b2", 2, "b3", 3));

            assertThat(card.category("b").orElseThrow().score()).isEqualByComparingTo("33.3");
            assertThat(card.overall()).isEqualByComparingTo("43.8");
        }

        @Test
        void leavesUnscoredCategoriesOut() {
            // b is unscored (nothing answered) but carries 1 of 3: scored weight 2 ≥ 1.5; overall = a = 25
            Scorecard card = scoring.score(
                    model(category("a", "2", item("a1", "1")), category("b", "1", item("b1", "1"))), Map.of("a1", 2));

            assertThat(card.overall()).isEqualByComparingTo("25.0");
            assertThat(card.band().label()).isEqualTo("Settling for mediocrity");
        }

        @Test
        void hasNoScoreWhenTheScoredCategoriesWeighBelowHalf() {
            // scored weight 1 of 3: 1 < 1.5
            Scorecard card = scoring.score(
                    model(category("a", "1", item("a1", "1")), category("b", "2", item("b1", "1"))), Map.of("a1", 5));

            assertThat(card.category("a").orElseThrow().score()).isEqualByComparingTo("100.0");
            assertThat(card.overall()).isNull();
            assertThat(card.band()).isNull();
        }

        @Test
        void isScoredWhenExactlyHalfTheCategoryWeightIsScored() {
            Scorecard card = scoring.score(
                    model(category("a", "1", item("a1", "1")), category("b", "1", item("b1", "1"))), Map.of("a1", 4));

            assertThat(card.overall()).isEqualByComparingTo("75.0");
        }
    }

    @Nested
    class Bands {

        @ParameterizedTest(name = "answer {0} → {1}")
        @CsvSource({
            "1, Settling for mediocrity",
            "2, Settling for mediocrity",
            "3, Inconsistent",
            "4, Striving for excellence",
            "5, Excellence is a way of life"
        })
        void placesTheOverallScoreInTheDefaultBands(int answer, String band) {
            Scorecard card = scoring.score(model(category("c", "1", item("q", "1"))), Map.of("q", answer));

            assertThat(card.band().label()).isEqualTo(band);
        }

        @Test
        void usesTheRoundedOverallAtABandEdge() {
            // (1.99 × 75 + 3.01 × 50) / 5 = 299.75 / 5 = 59.95 → 60.0, the "Striving" band, not "Inconsistent"
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "1.99"), item("b", "3.01"))), Map.of("a", 4, "b", 3));

            assertThat(card.overall()).isEqualByComparingTo("60.0");
            assertThat(card.band().label()).isEqualTo("Striving for excellence");
        }

        @Test
        void reachesTheHigherBandWhenTheRoundedScoreReachesItsMinimum() {
            // (2.99 × 50 + 2.01 × 25) / 5 = 39.95 → 40.0 "Inconsistent"; (1 × 50 + 1 × 25) / 2 = 37.5 "Settling"
            Scorecard edge = scoring.score(
                    model(category("c", "1", item("a", "2.99"), item("b", "2.01"))), Map.of("a", 3, "b", 2));
            Scorecard below =
                    scoring.score(model(category("c", "1", item("a", "1"), item("b", "1"))), Map.of("a", 3, "b", 2));

            assertThat(edge.overall()).isEqualByComparingTo("40.0");
            assertThat(edge.band().label()).isEqualTo("Inconsistent");
            assertThat(below.overall()).isEqualByComparingTo("37.5");
            assertThat(below.band().label()).isEqualTo("Settling for mediocrity");
        }

        @Test
        void keepsAScoreJustBelowAnEdgeInTheLowerBand() {
            // (4.97 × 75 + 7.53 × 50) / 12.5 = 749.25 / 12.5 = 59.94 → 59.9, still "Inconsistent"
            Scorecard card = scoring.score(
                    model(category("c", "1", item("a", "4.97"), item("b", "7.53"))), Map.of("a", 4, "b", 3));

            assertThat(card.overall()).isEqualByComparingTo("59.9");
            assertThat(card.band().label()).isEqualTo("Inconsistent");
        }

        @Test
        void usesTheVersionsOwnBands() {
            List<Band> bands = List.of(new Band(0, "Low"), new Band(50, "Middle"), new Band(90, "High"));
            ScoringModel model = new ScoringModel(
                    List.of(new CategoryRule("c", BigDecimal.ONE, List.of(new ItemRule("q", BigDecimal.ONE, false)))),
                    bands);

            assertThat(scoring.score(model, Map.of("q", 3)).band().label()).isEqualTo("Middle");
            assertThat(scoring.score(model, Map.of("q", 4)).band().label()).isEqualTo("Middle");
            assertThat(scoring.score(model, Map.of("q", 5)).band().label()).isEqualTo("High");
            assertThat(scoring.score(model, Map.of("q", 2)).band().label()).isEqualTo("Low");
        }
    }

    @Nested
    class StrengthsAndGaps {

        // Two categories in display order: a (a1, a2, a3), b (b1, b2, b3).
        private final ScoringModel model = model(
                category("a", "1", item("a1", "1"), item("a2", "1"), item("a3", "1")),
                category("b", "1", item("b1", "1"), item("b2", "1"), item("b3", "1")));

        @Test
        void listsUpToThreeStrengthsHighestFirstWithTiesByPosition() {
            // scores: a1 75, a2 100, a3 75, b1 100, b2 75, b3 50
            Scorecard card = scoring.score(model, Map.of("a1", 4, "a2", 5, "a3", 4, "b1", 5, "b2", 4, "b3", 3));

            assertThat(card.strengths()).extracting(ItemScore::questionKey).containsExactly("a2", "b1", "a1");
        }

        @Test
        void listsUpToThreeGapsLowestFirstWithTiesByPosition() {
            // scores: a1 50, a2 25, a3 100, b1 25, b2 0, b3 50
            Scorecard card = scoring.score(model, Map.of("a1", 3, "a2", 2, "a3", 5, "b1", 2, "b2", 1, "b3", 3));

            assertThat(card.gaps()).extracting(ItemScore::questionKey).containsExactly("b2", "a2", "b1");
        }

        @Test
        void includesTheThresholdsAndExcludesTheMiddle() {
            // 75 is a strength, 50 a gap; nothing else qualifies
            Scorecard card = scoring.score(model, Map.of("a1", 4, "a2", 3));

            assertThat(card.strengths()).extracting(ItemScore::questionKey).containsExactly("a1");
            assertThat(card.gaps()).extracting(ItemScore::questionKey).containsExactly("a2");
            assertThat(card.strengths().get(0).score()).isEqualByComparingTo("75.0");
        }

        @Test
        void ranksReverseItemsByTheirScoreNotTheirAnswer() {
            ScoringModel withReverse =
                    model(category("a", "1", item("a1", "1"), reverseItem("a2", "1"), item("a3", "1")));

            // a1: 4 → 75; a2 (reverse): 1 → 100; a3: 5 → 100
            Scorecard card = scoring.score(withReverse, Map.of("a1", 4, "a2", 1, "a3", 5));

            assertThat(card.strengths()).extracting(ItemScore::questionKey).containsExactly("a2", "a3", "a1");
            assertThat(card.gaps()).isEmpty();
        }

        @Test
        void ignoresNotApplicableItems() {
            Scorecard card = scoring.score(model, answers("a1", null, "a2", null, "a3", 3));

            assertThat(card.gaps()).extracting(ItemScore::questionKey).containsExactly("a3");
            assertThat(card.strengths()).isEmpty();
        }
    }

    @Nested
    class RefusedInput {

        @Test
        void knowsOnlyTheRulesVersionsItImplements() {
            assertThat(ScoringService.forRulesVersion(ScoringService.RULES_VERSION)
                            .score(model(category("c", "1", item("q", "1"))), Map.of("q", 5))
                            .overall())
                    .isEqualByComparingTo("100.0");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ScoringService.forRulesVersion(ScoringService.MUST_HAVE_RULES_VERSION + 1))
                    .withMessageContaining("Unknown scoring rules version");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ScoringService.forRulesVersion(0))
                    .withMessageContaining("Unknown scoring rules version");
        }

        @Test
        void refusesAnUnknownQuestionKey() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> scoring.score(model(category("c", "1", item("q", "1"))), Map.of("nope", 3)))
                    .withMessageContaining("nope");
        }

        @ParameterizedTest
        @CsvSource({"0", "6", "-1"})
        void refusesAValueOutsideOneToFive(int value) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> scoring.score(model(category("c", "1", item("q", "1"))), Map.of("q", value)));
        }
    }

    static ScoringModel model(CategoryRule... categories) {
        return new ScoringModel(List.of(categories), ScoringModel.DEFAULT_BANDS);
    }

    static CategoryRule category(String key, String weight, ItemRule... items) {
        return new CategoryRule(key, new BigDecimal(weight), Arrays.asList(items));
    }

    static ItemRule item(String key, String weight) {
        return new ItemRule(key, new BigDecimal(weight), false);
    }

    static ItemRule reverseItem(String key, String weight) {
        return new ItemRule(key, new BigDecimal(weight), true);
    }

    /** Like {@link Map#of} but allows {@code null} values (N/A). */
    static Map<String, Integer> answers(Object... keysAndValues) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return answers;
    }
}
