package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.results.TeamResults.Gap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapChartTests {

    @Test
    void drawsBarsRightWhereTheManagerRatesHigherAndLeftWhereTheTeamDoes() {
        GapChart chart = GapChart.of(List.of(
                gap("Overall", "75.0", "62.5"),
                gap("Quality and value", "45.0", "50.0"),
                gap("Knowing our customers", null, "50.0")));

        // the largest gap, 12.5, fits ±25: 150 units for 25 points, 6 a point; zero at 8 + 50 + 150 = 208
        assertThat(chart.scale()).isEqualTo(25);
        assertThat(chart.zeroX()).isEqualTo("208.0");
        assertThat(chart.width()).isEqualTo(416);
        GapChart.Row overall = chart.rows().get(0);
        assertThat(overall.direction()).isEqualTo("higher");
        assertThat(overall.barX()).isEqualTo("208.0");
        assertThat(overall.barWidth()).isEqualTo("75.0");
        assertThat(overall.valueX()).isEqualTo("287.0");
        assertThat(overall.valueAnchor()).isEqualTo("start");
        assertThat(overall.value()).isEqualTo("+12.5");
        // rows from y = 26: the name's baseline 11 lower, the bar under one line of 16 (+ 2), the value on the bar
        assertThat(overall.label()).containsExactly(new GapChart.Label("Overall", 37));
        assertThat(overall.barY()).isEqualTo(44);
        assertThat(overall.valueY()).isEqualTo(55);

        // −5.0: 30 units left of zero, its value 4 further left, with a real minus sign; the row starts at 44 + 14 + 10
        GapChart.Row quality = chart.rows().get(1);
        assertThat(quality.direction()).isEqualTo("lower");
        assertThat(quality.barX()).isEqualTo("178.0");
        assertThat(quality.barWidth()).isEqualTo("30.0");
        assertThat(quality.valueX()).isEqualTo("174.0");
        assertThat(quality.valueAnchor()).isEqualTo("end");
        assertThat(quality.value()).isEqualTo("−5.0");
        assertThat(quality.label()).containsExactly(new GapChart.Label("Quality and value", 79));

        // no score on one side: no bar
        GapChart.Row knowing = chart.rows().get(2);
        assertThat(knowing.gap()).isNull();
        assertThat(knowing.direction()).isEqualTo("none");
        assertThat(knowing.barY()).isEqualTo(128);
        assertThat(chart.bottom()).isEqualTo(152);
        assertThat(chart.height()).isEqualTo(172);
    }

    @Test
    void choosesTheSmallestScaleThatHoldsEveryGap() {
        assertThat(GapChart.scaleFor(List.of(gap("a", null, "1.0")))).isEqualTo(10);
        assertThat(GapChart.scaleFor(List.of(gap("a", "60.0", "50.0")))).isEqualTo(10);
        assertThat(GapChart.scaleFor(List.of(gap("a", "60.1", "50.0")))).isEqualTo(25);
        assertThat(GapChart.scaleFor(List.of(gap("a", "0.0", "100.0")))).isEqualTo(100);
    }

    @Test
    void wrapsALongNameOntoASecondLineAndMovesTheBarDown() {
        GapChart chart = GapChart.of(List.of(gap(
                "Knowing our customers and what they expect of us at every single step of the way", "50.0", "50.0")));

        GapChart.Row row = chart.rows().get(0);
        assertThat(row.label()).hasSize(2);
        assertThat(row.label().get(1).y()).isEqualTo(26 + 11 + 16);
        assertThat(row.barY()).isEqualTo(26 + 2 * 16 + 2);
        assertThat(row.direction()).isEqualTo("same");
        assertThat(row.value()).isEqualTo("0.0");
    }

    private static Gap gap(String name, String manager, String team) {
        BigDecimal mine = manager == null ? null : new BigDecimal(manager);
        BigDecimal theirs = new BigDecimal(team);
        return new Gap(name, name, mine, theirs, mine == null ? null : mine.subtract(theirs));
    }
}
