package app.scorecard.scoring;

import static app.scorecard.scoring.ScoringServiceTests.category;
import static app.scorecard.scoring.ScoringServiceTests.item;
import static app.scorecard.scoring.ScoringServiceTests.model;
import static app.scorecard.scoring.ScoringServiceTests.reverseItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A group's scorecard: the same rules applied to the exact per-item means. Numbers worked out by hand. */
class GroupScoringTests {

    private final ScoringService scoring = new ScoringService();

    @Test
    void scoresEachItemOnTheExactMeanOfItsAnswers() {
        // a: 4, 5, 5 → mean 14/3 → (14/3 − 1) × 25 = 91.666… → 91.7
        // b: 2, 3 → mean 5/2 → (5/2 − 1) × 25 = 37.5 (the third person said N/A)
        // category: (275/3 + 75/2) / 2 = (550 + 225) / 12 = 64.583… → 64.6
        Scorecard card = scoring.scoreMeans(
                model(category("c", "1", item("a", "1"), item("b", "1"))),
                Map.of("a", ItemTally.of(4, 5, 5), "b", ItemTally.of(2, 3)));

        assertThat(card.item("a").orElseThrow().score()).isEqualByComparingTo("91.7");
        assertThat(card.item("b").orElseThrow().score()).isEqualByComparingTo("37.5");
        assertThat(card.overall()).isEqualByComparingTo("64.6");
        assertThat(card.strengths()).extracting(ItemScore::questionKey).containsExactly("a");
        assertThat(card.gaps()).extracting(ItemScore::questionKey).containsExactly("b");
    }

    @Test
    void reversesTheMeanOfAReverseItem() {
        // mean of 1, 2 = 3/2; points 6 − 3/2 = 9/2; (9/2 − 1) × 25 = 87.5
        Scorecard card =
                scoring.scoreMeans(model(category("c", "1", reverseItem("r", "1"))), Map.of("r", ItemTally.of(1, 2)));

        assertThat(card.item("r").orElseThrow().score()).isEqualByComparingTo("87.5");
    }

    @Test
    void treatsAnItemNobodyAnsweredAsNotApplicable() {
        Scorecard card = scoring.scoreMeans(
                model(category("c", "1", item("a", "1"), item("b", "3"))),
                Map.of("a", ItemTally.of(5), "b", new ItemTally(0, 0)));

        assertThat(card.item("b").orElseThrow().isAnswered()).isFalse();
        assertThat(card.category("c").orElseThrow().score()).isNull(); // 1 of 4 weight answered
    }

    @Test
    void refusesImpossibleTallies() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ItemTally(16, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new ItemTally(2, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> ItemTally.of(0));
        assertThat(ItemTally.of(3, 4).plus(5)).isEqualTo(new ItemTally(12, 3));
    }
}
