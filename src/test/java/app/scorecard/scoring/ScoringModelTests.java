package app.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringModelTests {

    private static final List<ItemRule> ONE_ITEM = List.of(new ItemRule("q", BigDecimal.ONE, false));

    @Test
    void refusesBandsThatDoNotStartAtZero() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoringModel(
                        List.of(new CategoryRule("c", BigDecimal.ONE, ONE_ITEM)), List.of(new Band(10, "Low"))))
                .withMessageContaining("minimum is 0");
    }

    @Test
    void refusesBandsOutOfOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoringModel(
                        List.of(new CategoryRule("c", BigDecimal.ONE, ONE_ITEM)),
                        List.of(new Band(0, "Low"), new Band(60, "High"), new Band(60, "Higher"))))
                .withMessageContaining("strictly increase");
    }

    @Test
    void refusesABandMinimumAboveHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Band(101, "Impossible"));
    }

    @Test
    void refusesWeightsOfZeroOrLess() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ItemRule("q", BigDecimal.ZERO, false));
        assertThatIllegalArgumentException().isThrownBy(() -> new CategoryRule("c", new BigDecimal("-1"), ONE_ITEM));
        assertThatNullPointerException().isThrownBy(() -> new ItemRule("q", null, false));
    }

    @Test
    void refusesDuplicateKeysAcrossCategories() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoringModel(
                        List.of(
                                new CategoryRule("a", BigDecimal.ONE, ONE_ITEM),
                                new CategoryRule("b", BigDecimal.ONE, ONE_ITEM)),
                        ScoringModel.DEFAULT_BANDS))
                .withMessageContaining("Duplicate item key q");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoringModel(
                        List.of(
                                new CategoryRule("a", BigDecimal.ONE, ONE_ITEM),
                                new CategoryRule(
                                        "a", BigDecimal.ONE, List.of(new ItemRule("r", BigDecimal.ONE, false)))),
                        ScoringModel.DEFAULT_BANDS))
                .withMessageContaining("Duplicate category key a");
    }

    @Test
    void refusesEmptyCategoriesAndModels() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CategoryRule("c", BigDecimal.ONE, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoringModel(List.of(), ScoringModel.DEFAULT_BANDS));
    }
}
