package app.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules version 2: must-haves are conditions, not points to trade. One category of three equally weighted items: "a"
 * (a must-have at 4 points), "b" (a reverse item, a must-have at 4 points: answering 2 gives 4 points) and "c". The
 * default bands: Settling for mediocrity from 0, Inconsistent from 40, Striving for excellence from 60, Excellence is a
 * way of life from 80; the default cap is the second-lowest band, Inconsistent.
 */
class MustHaveRulesTests {

    private static final ScoringService RULES = ScoringService.forRulesVersion(2);

    private static final ScoringModel MODEL = new ScoringModel(
            List.of(new CategoryRule(
                    "only",
                    BigDecimal.ONE,
                    List.of(
                            new ItemRule("a", BigDecimal.ONE, false, 4),
                            new ItemRule("b", BigDecimal.ONE, true, 4),
                            new ItemRule("c", BigDecimal.ONE, false)))),
            ScoringModel.DEFAULT_BANDS);

    @Test
    void aResultThatMeetsEveryMustHaveKeepsItsBand() {
        // a 4 → 75; b 2 → points 4 → 75; c 5 → 100; (75 + 75 + 100) / 3 = 83.3 → Excellence is a way of life
        Scorecard card = RULES.score(MODEL, answers(4, 2, 5));

        assertThat(card.overall()).isEqualByComparingTo("83.3");
        assertThat(card.band().label()).isEqualTo("Excellence is a way of life");
        assertThat(card.bandBeforeCap()).isEqualTo(card.band());
        assertThat(card.capped()).isFalse();
        assertThat(card.mustHavesMet()).isTrue();
        assertThat(card.mustHaves())
                .containsExactly(
                        new MustHave("a", 4, new BigDecimal("4.00"), true),
                        new MustHave("b", 4, new BigDecimal("4.00"), true));
    }

    @Test
    void oneMustHaveBelowItsThresholdCapsTheBandButNotTheScore() {
        // a 3 → 50 (3 points: not met); b 2 → 75; c 5 → 100; 225 / 3 = 75.0 → Striving, capped at Inconsistent
        Scorecard card = RULES.score(MODEL, answers(3, 2, 5));

        assertThat(card.overall()).isEqualByComparingTo("75.0");
        assertThat(card.bandBeforeCap().label()).isEqualTo("Striving for excellence");
        assertThat(card.band().label()).isEqualTo("Inconsistent");
        assertThat(card.capped()).isTrue();
        assertThat(card.mustHavesMet()).isFalse();
        assertThat(card.mustHaves())
                .containsExactly(
                        new MustHave("a", 4, new BigDecimal("3.00"), false),
                        new MustHave("b", 4, new BigDecimal("4.00"), true));
    }

    @Test
    void notApplicableOnAMustHaveIsNotKnownAndSoNotMet() {
        // a N/A; b 1 → points 5 → 100; c 5 → 100; two of three weights answered: 100.0 → Excellence, capped
        Scorecard card = RULES.score(MODEL, answers(null, 1, 5));

        assertThat(card.overall()).isEqualByComparingTo("100.0");
        assertThat(card.band().label()).isEqualTo("Inconsistent");
        assertThat(card.mustHaves().get(0)).isEqualTo(new MustHave("a", 4, null, false));
        assertThat(card.mustHaves().get(0).known()).isFalse();
    }

    @Test
    void theCapOnlyEverLowersABand() {
        // a 1, b 5 (1 point), c 1: everything 0 → Settling for mediocrity, below the cap already
        Scorecard card = RULES.score(MODEL, answers(1, 5, 1));

        assertThat(card.overall()).isEqualByComparingTo("0.0");
        assertThat(card.band().label()).isEqualTo("Settling for mediocrity");
        assertThat(card.capped()).isFalse();
        assertThat(card.mustHavesMet()).isFalse();
    }

    @Test
    void aSetCanNameItsOwnCapBandAmongItsOwnBands() {
        List<Band> bands =
                List.of(new Band(0, "Red"), new Band(50, "Amber"), new Band(75, "Green"), new Band(90, "Gold"));
        ScoringModel model = new ScoringModel(
                List.of(new CategoryRule(
                        "only",
                        BigDecimal.ONE,
                        List.of(
                                new ItemRule("a", BigDecimal.ONE, false, 5),
                                new ItemRule("b", BigDecimal.ONE, true),
                                new ItemRule("c", BigDecimal.ONE, false)))),
                bands,
                "Green");

        // a 4 → 75 (4 points, the threshold is 5: not met); b 1 → 100; c 5 → 100; 275 / 3 = 91.7 → Gold, capped at
        // Green
        Scorecard card = RULES.score(model, answers(4, 1, 5));
        assertThat(card.overall()).isEqualByComparingTo("91.7");
        assertThat(card.bandBeforeCap().label()).isEqualTo("Gold");
        assertThat(card.band().label()).isEqualTo("Green");

        // a 3 → 50; 250 / 3 = 83.3 → Green: at the cap already, so it stays
        assertThat(RULES.score(model, answers(3, 1, 5)).band().label()).isEqualTo("Green");
    }

    @Test
    void aTeamMeetsAMustHaveOnTheExactMeanOfItsAnswers() {
        // 4, 4, 4 and 5, 4, 3: a mean of exactly 4 meets a threshold of 4
        assertThat(mustHaveA(ItemTally.of(4, 4, 4))).isEqualTo(new MustHave("a", 4, new BigDecimal("4.00"), true));
        assertThat(mustHaveA(ItemTally.of(5, 4, 3))).isEqualTo(new MustHave("a", 4, new BigDecimal("4.00"), true));
        // 4, 4, 3: 11/3 = 3.666… shown as 3.66, not met
        assertThat(mustHaveA(ItemTally.of(4, 4, 3))).isEqualTo(new MustHave("a", 4, new BigDecimal("3.66"), false));
        // 199 answers of 4 and one of 3: 799/200 = 3.995, which rounded would read 4.00; shown 3.99, not met
        assertThat(mustHaveA(new ItemTally(799, 200))).isEqualTo(new MustHave("a", 4, new BigDecimal("3.99"), false));
        // nobody answered it: not known
        assertThat(mustHaveA(new ItemTally(0, 0))).isEqualTo(new MustHave("a", 4, null, false));
    }

    @Test
    void rulesVersionOneKnowsNoMustHaves() {
        Scorecard card = ScoringService.forRulesVersion(1).score(MODEL, answers(3, 2, 5));

        assertThat(card.band().label()).isEqualTo("Striving for excellence");
        assertThat(card.mustHaves()).isEmpty();
        assertThat(card.mustHavesMet()).isTrue();
        assertThat(card.capped()).isFalse();
        assertThat(new ScoringService().rulesVersion()).isEqualTo(ScoringService.RULES_VERSION);
    }

    @Test
    void refusesThresholdsOutsideTheScaleACapBandThatIsNoBandAndUnknownRules() {
        assertThatThrownBy(() -> new ItemRule("a", BigDecimal.ONE, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemRule("a", BigDecimal.ONE, false, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoringModel(MODEL.categories(), ScoringModel.DEFAULT_BANDS, "Superb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Superb");
        assertThatThrownBy(() -> ScoringService.forRulesVersion(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ScoringModel(MODEL.categories(), List.of(new Band(0, "Only")))
                        .cap()
                        .label())
                .isEqualTo("Only");
    }

    private static MustHave mustHaveA(ItemTally tally) {
        Map<String, ItemTally> tallies = new HashMap<>();
        tallies.put("a", tally);
        tallies.put("c", ItemTally.of(5));
        return RULES.scoreMeans(MODEL, tallies).mustHaves().get(0);
    }

    private static Map<String, Integer> answers(Integer a, Integer b, Integer c) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("a", a);
        answers.put("b", b);
        answers.put("c", c);
        return answers;
    }
}
