package app.scorecard.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendChartTests {

    private static final QuestionSetDefinition VERSION = new QuestionSetDefinition(
            1,
            "serve",
            1,
            "Serve",
            null,
            List.of(new CategoryDefinition("spirit", "Spirit", null, BigDecimal.ONE, List.of())),
            List.of());

    @Test
    void drawsScoresFromZeroAtTheBottomToHundredAtTheTopAndBreaksTheLineAtAHiddenRound() {
        TrendChart chart = TrendChart.of(
                List.of(
                        round("Q1", "100.0", "0.0"),
                        round("Q2", "50.0", "25.0"),
                        hidden("Q3"),
                        round("Q4", "0.0", null)),
                VERSION);

        TrendChart.Series overall = chart.series().get(0);
        // x from 44 to 620 in three steps of 192; y = 16 + 224 × (100 − score) / 100
        assertThat(overall.name()).isEqualTo("Overall");
        assertThat(overall.segments()).containsExactly("44.0,16.0 236.0,128.0", "620.0,240.0");
        assertThat(overall.dots())
                .isEqualTo("M40.5,16.0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0"
                        + " M232.5,128.0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0"
                        + " M616.5,240.0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0");
        TrendChart.Series spirit = chart.series().get(1);
        assertThat(spirit.name()).isEqualTo("Spirit");
        assertThat(spirit.segments()).containsExactly("44.0,240.0 236.0,184.0");
        assertThat(spirit.style()).isEqualTo("series-1");
    }

    @Test
    void labelsEveryRoundWhileTheLabelsFitAndAlignsTheEndsInwards() {
        TrendChart chart = TrendChart.of(rounds(5), VERSION);

        assertThat(chart.xTicks())
                .extracting(TrendChart.Tick::label)
                .containsExactly("2020 Q1", "2020 Q2", "2020 Q3", "2020 Q4", "2021 Q1");
        assertThat(chart.xTicks())
                .extracting(TrendChart.Tick::anchor)
                .containsExactly("start", "middle", "middle", "middle", "end");
    }

    @Test
    void labelsEverySecondRoundCountedBackFromTheLatestWhenTwentyWouldOverlap() {
        // 7 characters ≈ 53.5 units of width, 20 rounds 30.3 apart: every second one
        TrendChart chart = TrendChart.of(rounds(20), VERSION);

        assertThat(chart.xTicks()).hasSize(10);
        assertThat(chart.xTicks().get(9).label()).isEqualTo("2024 Q4");
        assertThat(chart.xTicks().get(0).label()).isEqualTo("2020 Q2");
    }

    @Test
    void cutsLongLabelsShortOnTheAxis() {
        TrendChart chart = TrendChart.of(
                List.of(round("A very long round label indeed", "50.0", "50.0"), round("Short", "60.0", "60.0")),
                VERSION);

        assertThat(chart.xTicks()).extracting(TrendChart.Tick::label).containsExactly("A very long rou…", "Short");
    }

    @Test
    void givesLinesBeyondTheSevenColoursADashedStyle() {
        assertThat(new TrendChart.Series("x", 6, List.of(), "").style()).isEqualTo("series-6");
        assertThat(new TrendChart.Series("x", 8, List.of(), "").style()).isEqualTo("series-1 series-dashed");
    }

    @Test
    void writesOneDecimalRoundedHalfUp() {
        assertThat(TrendChart.fmt(12.25)).isEqualTo("12.3");
        assertThat(TrendChart.fmt(16)).isEqualTo("16.0");
        assertThat(TrendChart.fmt(-0.04)).isEqualTo("0.0");
        assertThat(TrendChart.fmt(-2.5)).isEqualTo("-2.5");
    }

    private static List<FinishedRound> rounds(int count) {
        List<FinishedRound> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rounds.add(round((2020 + i / 4) + " Q" + (i % 4 + 1), "50.0", "50.0"));
        }
        return rounds;
    }

    private static FinishedRound round(String label, String overall, String spirit) {
        return new FinishedRound(
                1,
                1,
                label,
                RoundMode.TEAM,
                "serve",
                "Serve",
                1,
                1,
                Instant.EPOCH,
                3,
                0,
                false,
                true,
                new BigDecimal(overall),
                null,
                stat(overall),
                spirit == null ? Map.of() : Map.of("spirit", stat(spirit)),
                Map.of());
    }

    private static FinishedRound hidden(String label) {
        return new FinishedRound(
                1,
                1,
                label,
                RoundMode.TEAM,
                "serve",
                "Serve",
                1,
                1,
                Instant.EPOCH,
                2,
                0,
                false,
                false,
                null,
                null,
                null,
                Map.of(),
                Map.of());
    }

    private static ScoreStat stat(String score) {
        return new ScoreStat(new BigDecimal(score), 3, null, null);
    }
}
