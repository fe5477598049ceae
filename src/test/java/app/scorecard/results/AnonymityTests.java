package app.scorecard.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.scorecard.results.AnonymityPolicy.Visibility;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.scoring.ItemTally;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
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
    void countsMembersAndInviteesButNeverAManagerAndManagerHeldLinksOnlyWhereAllowed() {
        for (boolean allowed : List.of(false, true)) {
            assertThat(AnonymityPolicy.counts(RoundMode.TEAM, RespondentKind.MEMBER, allowed))
                    .isTrue();
            assertThat(AnonymityPolicy.counts(RoundMode.TEAM, RespondentKind.INVITEE, allowed))
                    .isTrue();
            assertThat(AnonymityPolicy.counts(RoundMode.TEAM, RespondentKind.MANAGER, allowed))
                    .isFalse();
            assertThat(AnonymityPolicy.counts(RoundMode.TEAM, RespondentKind.MANAGER_HELD_LINK, allowed))
                    .isEqualTo(allowed);
        }
        assertThat(AnonymityPolicy.counts(RoundMode.SELF, RespondentKind.MANAGER, false))
                .isTrue();
        assertThat(AnonymityPolicy.counts(RoundMode.SELF, RespondentKind.MEMBER, true))
                .isFalse();
    }

    @Test
    void aMinimumRaisedLaterHidesMoreAndALoweredOneRevealsNothing() {
        AnonymityPolicy raised = new AnonymityPolicy(5);
        AnonymityPolicy lowered = new AnonymityPolicy(2);

        // recorded shown with 4 counted: hidden under 5, still shown under 2
        assertThat(raised.stillShown(true, 4)).isFalse();
        assertThat(lowered.stillShown(true, 4)).isTrue();
        // recorded hidden with 2 counted (the minimum was 3 then): hidden under 2 as well
        assertThat(lowered.stillShown(false, 2)).isFalse();
        // a question recorded hidden stays hidden; one answered by 4 is hidden under 5
        assertThat(lowered.itemStillShown(true, 2)).isFalse();
        assertThat(raised.itemStillShown(false, 4)).isFalse();
        assertThat(policy.itemStillShown(false, 4)).isTrue();
    }

    @Test
    void talliesAnswersPerQuestionLeavingOutNotApplicable() {
        // q1: 4, 5, N/A → sum 9 of 2; counts: N/A 1, "4" 1, "5" 1. q2: 2 → sum 2 of 1.
        GroupAnswers group = GroupAnswers.of(
                List.of(
                        response(Map.of("q1", 4, "q2", 2), "too slow"),
                        response(Map.of("q1", 5), "great"),
                        response(nulls("q1"))),
                new Random(1));

        assertThat(group.tallies()).containsEntry("q1", new ItemTally(9, 2)).containsEntry("q2", new ItemTally(2, 1));
        assertThat(group.counts("q1")).containsExactly(1, 0, 0, 0, 1, 1);
        assertThat(group.counts("never-answered")).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(group.comments()).containsExactlyInAnyOrder("too slow", "great");
    }

    @Test
    void shufflesCommentsSoTheirOrderSaysNothingAboutWhoWroteThem() {
        List<SubmittedResponse> responses = List.of(
                response(Map.of("q", 1), "first"),
                response(Map.of("q", 2), "second"),
                response(Map.of("q", 3), "third"),
                response(Map.of("q", 4), "fourth"),
                response(Map.of("q", 5), "fifth"));

        List<List<String>> orders = IntStream.range(0, 20)
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
        Map<String, BigDecimal> managerItems = new LinkedHashMap<>();
        List<String> mine = List.of("100.0", "25.0", "50.0", "75.0");
        for (int i = 0; i < mine.size(); i++) {
            managerItems.put(String.valueOf((char) ('a' + i)), new BigDecimal(mine.get(i)));
        }
        ResponseScores manager =
                new ResponseScores(1, new BigDecimal("75.0"), null, Map.of("c", new BigDecimal("75.0")), managerItems);
        ScorecardReport team = report("60.0", Arrays.asList("62.5", "75.0", "50.0", null));

        TeamResults.PerceptionGap gap = RoundResults.gap(manager, team);

        assertThat(gap.overall().gap()).isEqualByComparingTo("15.0");
        assertThat(gap.categories().get(0).gap()).isEqualByComparingTo("15.0");
        assertThat(gap.itemsByGap()).extracting(TeamResults.Gap::key).containsExactly("b", "a", "c", "d");
        assertThat(gap.itemsByGap().get(0).managerLower()).isTrue();
        assertThat(gap.itemsByGap().get(1).managerHigher()).isTrue();
        assertThat(gap.itemsByGap().get(1).gap()).isEqualByComparingTo("37.5");
        assertThat(gap.itemsByGap().get(3).gap()).isNull();
    }

    private static SubmittedResponse response(Map<String, Integer> values, String... comments) {
        return new SubmittedResponse(
                0,
                RespondentKind.MEMBER,
                values,
                List.of(comments),
                new ResponseScores(1, null, null, Map.of(), Map.of()));
    }

    private static Map<String, Integer> nulls(String... keys) {
        Map<String, Integer> values = new HashMap<>();
        for (String key : keys) {
            values.put(key, null);
        }
        return values;
    }

    private static ScorecardReport report(String overall, List<String> itemScores) {
        List<ItemResult> items = IntStream.range(0, itemScores.size())
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
                List.of(),
                List.of(new CategoryResult("c", "Category", new BigDecimal(overall), 4, 4)),
                items,
                List.of(),
                List.of());
    }
}
