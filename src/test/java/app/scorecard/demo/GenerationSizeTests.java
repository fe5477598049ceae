package app.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenerationSizeTests {

    @Test
    void readsTeamsRoundsRespondentsAndItems() {
        GenerationSize size = GenerationSize.parse("200x20x25x50");

        assertThat(size).isEqualTo(new GenerationSize(200, 20, 25, 50));
        assertThat(size.answers()).isEqualTo(5_000_000L);
        assertThat(size).hasToString("200x20x25x50");
    }

    @Test
    void takesFiftyItemsWhenTheyAreLeftOut() {
        assertThat(GenerationSize.parse(" 2X20x25 ")).isEqualTo(new GenerationSize(2, 20, 25, 50));
    }

    @Test
    void refusesAnythingElseSayingWhatItMustLookLike() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GenerationSize.parse("200 teams"))
                .withMessageContaining("TEAMSxROUNDSxRESPONDENTS[xITEMS]");
        assertThatIllegalArgumentException().isThrownBy(() -> GenerationSize.parse(null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GenerationSize.parse("0x20x25"))
                .withMessageContaining("teams must be between 1 and 10000, not 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GenerationSize.parse("2x20x25x4"))
                .withMessageContaining("items must be between 5 and 200");
    }

    @Test
    void spreadsTheItemsOverFiveCategoriesAsEvenlyAsTheyGo() {
        GenerationSize size = new GenerationSize(1, 1, 1, 52);

        assertThat(new int[] {size.itemsIn(0), size.itemsIn(1), size.itemsIn(2), size.itemsIn(3), size.itemsIn(4)})
                .containsExactly(11, 11, 10, 10, 10);
    }

    @Test
    void endsTheHistoryWithTheLastFullQuarter() {
        assertThat(GeneratedHistory.lastQuarterEnd(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(GeneratedHistory.lastQuarterEnd(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(GeneratedHistory.lastQuarterEnd(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
