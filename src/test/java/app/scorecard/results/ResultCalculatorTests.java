package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A team round's result, worked out by hand on one category of two questions, weights 1, minimum 3: who counts, what a
 * hidden question leaves out, and the spread behind the scores.
 */
class ResultCalculatorTests {

    private static final ScoringModel MODEL = new ScoringModel(
            List.of(new CategoryRule(
                    "c",
                    BigDecimal.ONE,
                    List.of(new ItemRule("q1", BigDecimal.ONE, false), new ItemRule("q2", BigDecimal.ONE, false)))),
            ScoringModel.DEFAULT_BANDS);

    private final ResultCalculator calculator = new ResultCalculator(ScoringService.RULES_VERSION);

    @Test
    void countsMembersAndInviteesOnlyAndNamesExactlyTheResponsesItCounted() {
        List<SubmittedResponse> submitted = List.of(
                response(11, RespondentKind.MEMBER, 5, 5),
                response(12, RespondentKind.MANAGER, 1, 1),
                response(13, RespondentKind.INVITEE, 3, 3),
                response(14, RespondentKind.MANAGER_HELD_LINK, 1, 1),
                response(15, RespondentKind.MEMBER, 4, 4));

        CalculatedResult result = calculator.teamRound(MODEL, submitted, 3, false, new Random(1));

        // q1 and q2: 5, 3, 4 → mean 4 → 75.0; the manager's and the held link's 1s are left out
        assertThat(result.respondents()).isEqualTo(3);
        assertThat(result.throughManagerHeldLinks()).isEqualTo(1);
        assertThat(result.counted()).containsExactly(11L, 13L, 15L);
        assertThat(result.overall()).isEqualByComparingTo("75.0");
        // the held link counts where the round says so: 5, 3, 1, 4 → mean 13/4 → 56.25 → 56.3
        CalculatedResult withHeld = calculator.teamRound(MODEL, submitted, 3, true, new Random(1));
        assertThat(withHeld.counted()).containsExactly(11L, 13L, 14L, 15L);
        assertThat(withHeld.overall()).isEqualByComparingTo("56.3");
    }

    @Test
    void leavesAQuestionFewerThanTheMinimumAnsweredOutOfTheScoresAndOutOfTheSpreadBehindThem() {
        // q2 answered only by the first person (the others chose N/A): hidden under a minimum of 3
        List<SubmittedResponse> submitted = List.of(
                response(1, RespondentKind.MEMBER, 5, 1),
                response(2, RespondentKind.MEMBER, 3, null),
                response(3, RespondentKind.MEMBER, 4, null));

        CalculatedResult result = calculator.teamRound(MODEL, submitted, 3, false, new Random(1));

        ItemRow q2 = result.items().get(1);
        assertThat(q2.hidden()).isTrue();
        assertThat(q2.stat().score()).isNull();
        // the category is q1 alone: mean 4 → 75.0
        CategoryRow category = result.categories().get(0);
        assertThat(category.stat().score()).isEqualByComparingTo("75.0");
        assertThat(category.itemsAnswered()).isEqualTo(1);
        // each person's own category score without q2: 100, 50, 75 → mean 75, variance (625 + 625 + 0) / 2 = 625
        // (with q2 the first person's would have been (100 + 0) / 2 = 50, betraying their hidden answer)
        assertThat(category.stat().answered()).isEqualTo(3);
        assertThat(category.stat().mean()).isEqualTo(75.0);
        assertThat(category.stat().variance()).isEqualTo(625.0);
        assertThat(result.overallStat().mean()).isEqualTo(75.0);
    }

    @Test
    void givesTheSameSpreadInWhateverOrderTheResponsesCome() {
        List<SubmittedResponse> submitted = List.of(
                response(1, RespondentKind.MEMBER, 2, 1),
                response(2, RespondentKind.MEMBER, 2, 1),
                response(3, RespondentKind.MEMBER, 5, 3));

        CalculatedResult inOrder = calculator.teamRound(MODEL, submitted, 3, false, new Random(1));
        List<SubmittedResponse> backwards = new ArrayList<>(submitted);
        Collections.reverse(backwards);
        CalculatedResult reversed = calculator.teamRound(MODEL, backwards, 3, false, new Random(1));

        assertThat(reversed.overallStat()).isEqualTo(inOrder.overallStat());
        assertThat(reversed.categories()).isEqualTo(inOrder.categories());
        assertThat(reversed.items()).isEqualTo(inOrder.items());
    }

    private static SubmittedResponse response(long id, RespondentKind kind, Integer q1, Integer q2) {
        Map<String, Integer> values = new HashMap<>();
        values.put("q1", q1);
        values.put("q2", q2);
        return new SubmittedResponse(
                id,
                kind,
                values,
                List.of(),
                ResponseScores.of(ScoringService.RULES_VERSION, new ScoringService().score(MODEL, values)));
    }
}
