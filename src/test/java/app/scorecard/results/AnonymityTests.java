package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.scorecard.assessment.AnonymityPolicy.Visibility;
import app.scorecard.assessment.ScorecardReport.CategoryResult;
import app.scorecard.assessment.ScorecardReport.ItemResult;
import app.scorecard.scoring.ItemTally;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The anonymity rules and the aggregation beneath them, with numbers worked out by hand. */
class AnonymityTests {

    private final AnonymityPolicy policy = new AnonymityPolicy(3);

    @Test
    void showsNothingWhileTheRoundIsOpenHoweverManyAnswered() {
        assertThat(policy.visibility(true, 0)).isEqualTo(Visibility.COLLECTING);
        assertThat(policy.visibility(true, 50)).isEqualTo(Visibility.COLLECTING);
    }

    @Test
    void showsAClosedRoundOnlyFromTheMinimumOn() {
        assertThat(policy.visibility(false, 2)).isEqualTo(Visibility.TOO_FEW);
        assertThat(policy.visibility(false, 3)).isEqualTo(Visibility.SHOWN);
        assertThat(policy.stillNeeded(1)).isEqualTo(2);
        assertThat(policy.stillNeeded(7)).isZero();
    }

    /**
     * The differencing case: a live aggregate seen with three answers and again with four gives away the fourth
     * person's answers (4 × mean4 − 3 × mean3). The policy shows a round exactly once — when it is closed — so there
     * are never two views to subtract.
     */
    @Test
    void neverShowsTwoStatesOfOneRoundThatCouldBeSubtracted() {
        assertThat(policy.visibility(true, 3)).isNotEqualTo(Visibility.SHOWN);
        assertThat(policy.visibility(true, 4)).isNotEqualTo(Visibility.SHOWN);
        assertThat(policy.visibility(false, 4)).isEqualTo(Visibility.SHOWN);
    }

    @Test
    void refusesAMinimumThatProtectsNobody() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AnonymityPolicy(1));
    }

    @Test
    void talliesAnswersPerQuestionLeavingOutNotApplicable() {
        // q1: 4, 5, N/A → sum 9 of 2; counts: N/A 1, "4" 1, "5" 1. q2: 2 → sum 2 of 1.
        GroupAnswers group = GroupAnswers.of(
                List.of(
                        Map.of("q1", Answer.of(4, null), "q2", Answer.of(2, "too slow")),
                        Map.of("q1", Answer.of(5, "great")),
                        Map.of("q1", Answer.notApplicable(null))),
                new Random(1));

        assertThat(group.tallies()).containsEntry("q1", new ItemTally(9, 2)).containsEntry("q2", new ItemTally(2, 1));
        assertThat(group.counts("q1")).containsExactly(1, 0, 0, 0, 1, 1);
        assertThat(group.counts("never-answered")).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(group.comments()).containsExactlyInAnyOrder("too slow", "great");
        assertThat(group.responses()).isEqualTo(3);
    }

    @Test
    void shufflesCommentsSoTheirOrderSaysNothingAboutWhoWroteThem() {
        List<Map<String, Answer>> responses = List.of(
                Map.of("q", Answer.of(1, "first")),
                Map.of("q", Answer.of(2, "second")),
                Map.of("q", Answer.of(3, "third")),
                Map.of("q", Answer.of(4, "fourth")),
                Map.of("q", Answer.of(5, "fifth")));

        List<List<String>> orders = java.util.stream.IntStream.range(0, 20)
                .mapToObj(seed -> GroupAnswers.of(responses, new Random(seed)).comments())
                .distinct()
                .toList();

        assertThat(orders).hasSizeGreaterThan(1);
        assertThat(orders)
                .allSatisfy(order ->
                        assertThat(order).containsExactlyInAnyOrder("first", "second", "third", "fourth", "fifth"));
    }

    @Test
    void putsTheLargestPerceptionGapsFirstEitherWay() {
        // manager 100 / team 62.5 on a (+37.5), 25 / 75 on b (−50.0), 50 / 50 on c (0.0), d unanswered by the team
        ScorecardReport manager = report("75.0", List.of("100.0", "25.0", "50.0", "75.0"));
        ScorecardReport team = report("60.0", java.util.Arrays.asList("62.5", "75.0", "50.0", null));

        TeamResults.PerceptionGap gap = TeamRoundResults.gap(manager, team);

        assertThat(gap.overall().gap()).isEqualByComparingTo("15.0");
        assertThat(gap.itemsByGap()).extracting(TeamResults.Gap::key).containsExactly("b", "a", "c", "d");
        assertThat(gap.itemsByGap().get(0).managerLower()).isTrue();
        assertThat(gap.itemsByGap().get(1).managerHigher()).isTrue();
        assertThat(gap.itemsByGap().get(1).gap()).isEqualByComparingTo("37.5");
        assertThat(gap.itemsByGap().get(3).gap()).isNull();
    }

    private static ScorecardReport report(String overall, List<String> itemScores) {
        List<ItemResult> items = java.util.stream.IntStream.range(0, itemScores.size())
                .mapToObj(i -> new ItemResult(
                        "c",
                        String.valueOf((char) ('a' + i)),
                        "Item " + i,
                        itemScores.get(i) == null ? null : new BigDecimal(itemScores.get(i)),
                        null))
                .toList();
        return new ScorecardReport(
                "set",
                1,
                "Set",
                new BigDecimal(overall),
                null,
                List.of(new CategoryResult("c", "Category", new BigDecimal(overall), 4, 4)),
                items,
                List.of(),
                List.of());
    }
}
