package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTests {

    @Test
    void placesFourCategoriesOnTheCompassPointsClockwiseFromTheTop() {
        // centre (280, 220), radius 140: 100 at the top → (280, 80); 50 on the right → (350, 220);
        // 0 at the bottom → centre; no score on the left → centre too
        RadarChart chart = RadarChart.of(List.of(
                new RadarChart.Category("Top", new BigDecimal("100.0")),
                new RadarChart.Category("Right", new BigDecimal("50.0")),
                new RadarChart.Category("Bottom", new BigDecimal("0.0")),
                new RadarChart.Category("Left", null)));

        assertThat(chart.scorePolygon()).isEqualTo("280.0,80.0 350.0,220.0 280.0,220.0 280.0,220.0");
        assertThat(chart.axes()).extracting(RadarChart.Axis::endX).containsExactly("280.0", "420.0", "280.0", "140.0");
        assertThat(chart.axes())
                .extracting(RadarChart.Axis::anchor)
                .containsExactly("middle", "start", "middle", "end");
        assertThat(chart.rings()).hasSize(4);
        assertThat(chart.rings().get(0)).isEqualTo("280.0,185.0 315.0,220.0 280.0,255.0 245.0,220.0");
    }

    @Test
    void wrapsLongNamesAtTheSpaceNearestTheMiddle() {
        assertThat(RadarChart.wrap("Quality and value")).containsExactly("Quality and value");
        assertThat(RadarChart.wrap("Customer focus of time and policy"))
                .containsExactly("Customer focus of", "time and policy");
        assertThat(RadarChart.wrap("Supercalifragilistic")).containsExactly("Supercalifragilistic");
    }
}
