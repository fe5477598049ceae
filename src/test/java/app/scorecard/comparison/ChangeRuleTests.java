package app.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.comparison.internal.ChangeRule;
import app.scorecard.comparison.internal.Direction;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** "Honest change", with every threshold worked out by hand. */
class ChangeRuleTests {

    private final ChangeRule rule = new ChangeRule();

    @Test
    void asksASingleRespondentForAtLeastTenPoints() {
        // self-assessments: one respondent, no spread to measure
        assertThat(rule.between(one("50.0"), one("57.5")).direction()).isEqualTo(Direction.TOO_SMALL_TO_TELL);
        assertThat(rule.between(one("50.0"), one("60.0")).direction()).isEqualTo(Direction.UP);
        assertThat(rule.between(one("75.0"), one("62.5")).direction()).isEqualTo(Direction.DOWN);
        assertThat(rule.between(one("75.0"), one("62.5")).delta()).isEqualByComparingTo("-12.5");
    }

    @Test
    void readsAGroupChangeAgainstTheSpreadOfItsAnswers() {
        // n = 4 each, variance 100 each: standard error √(100/4 + 100/4) = √50 = 7.071…; 1.96 × 7.071 = 13.86
        ScoreStat before = new ScoreStat(new BigDecimal("50.0"), 4, 50.0, 100.0);

        assertThat(rule.between(before, group("62.5", 4, 100.0)).direction()).isEqualTo(Direction.TOO_SMALL_TO_TELL);
        assertThat(rule.between(before, group("64.0", 4, 100.0)).direction()).isEqualTo(Direction.UP);
        assertThat(rule.between(before, group("36.0", 4, 100.0)).direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void takesMoreRespondentsAsMoreCertainty() {
        // n = 25 each, variance 100: √(4 + 4) = 2.83; 1.96 × 2.83 = 5.54 — now 6 points is a real change
        ScoreStat before = new ScoreStat(new BigDecimal("50.0"), 25, 50.0, 100.0);

        assertThat(rule.between(before, group("56.0", 25, 100.0)).direction()).isEqualTo(Direction.UP);
        assertThat(rule.between(before, group("55.0", 25, 100.0)).direction()).isEqualTo(Direction.TOO_SMALL_TO_TELL);
    }

    @Test
    void countsAnyMoveAsRealWhenEveryoneAgreedBothTimes() {
        assertThat(rule.between(group("50.0", 3, 0.0), group("52.5", 3, 0.0)).direction())
                .isEqualTo(Direction.UP);
    }

    @Test
    void saysSameOrNoScoreWhenThereIsNothingToRead() {
        assertThat(rule.between(one("50.0"), one("50.0")).direction()).isEqualTo(Direction.SAME);
        assertThat(rule.between(new ScoreStat(null, 0, null, null), one("50.0")).direction())
                .isEqualTo(Direction.NO_SCORE);
        assertThat(rule.between(one("50.0"), null).direction()).isEqualTo(Direction.NO_SCORE);
    }

    private static ScoreStat one(String score) {
        return new ScoreStat(new BigDecimal(score), 1, Double.valueOf(score), null);
    }

    private static ScoreStat group(String score, int n, double variance) {
        return new ScoreStat(new BigDecimal(score), n, Double.valueOf(score), variance);
    }
}
