package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTests {

    private static final String NOT_ENOUGH = "(not enough answers)";

    @Test
    void placesFourCategoriesOnTheCompassPointsClockwiseFromTheTop() {
        // centre (0, 0), radius 140: 100 at the top → (0, −140); 50 on the right → (70, 0); 0 at the bottom → the
        // centre; 25 on the left → (−35, 0)
        RadarChart chart = RadarChart.of(
                List.of(
                        category("Top", "100.0"),
                        category("Right", "50.0"),
                        category("Bottom", "0.0"),
                        category("Left", "25.0")),
                NOT_ENOUGH);

        assertThat(chart.scoreFill()).isEqualTo("0.0,-140.0 70.0,0.0 0.0,0.0 -35.0,0.0");
        assertThat(chart.outline()).extracting(RadarChart.Edge::dashed).containsExactly(false, false, false, false);
        assertThat(chart.outline().get(0)).isEqualTo(new RadarChart.Edge("0.0", "-140.0", "70.0", "0.0", false));
        assertThat(chart.axes()).extracting(RadarChart.Axis::endX).containsExactly("0.0", "140.0", "0.0", "-140.0");
        assertThat(chart.axes())
                .extracting(RadarChart.Axis::anchor)
                .containsExactly("middle", "start", "middle", "end");
        assertThat(chart.rings()).hasSize(4);
        assertThat(chart.rings().get(0)).isEqualTo("0.0,-35.0 35.0,0.0 0.0,35.0 -35.0,0.0");
        assertThat(chart.anyUnscored()).isFalse();
    }

    @Test
    void makesTheViewBoxAsLargeAsTheLabelsNeed() {
        // Labels start 154 from the centre (radius 140 + 14), 8.5 units a character, 12 above a baseline, 4 below:
        // top "Top": baseline −154 − 4 = −158, so it reaches up to −170; bottom "Bottom": baseline 154 + 12 = 166,
        // down to 170; "Right" starts at 154 and reaches 154 + 5 × 8.5 = 196.5; "Left" ends at −154 and reaches
        // −154 − 4 × 8.5 = −188. With a margin of 6, rounded outwards: x from −194 to 203, y from −176 to 176.
        RadarChart chart = RadarChart.of(
                List.of(
                        category("Top", "100.0"),
                        category("Right", "50.0"),
                        category("Bottom", "0.0"),
                        category("Left", "25.0")),
                NOT_ENOUGH);

        assertThat(chart.viewBox()).isEqualTo("-194 -176 397 352");
        assertThat(chart.axes()).extracting(RadarChart.Axis::labelY).containsExactly("-158.0", "6.0", "166.0", "6.0");
        assertThat(chart.axes()).extracting(RadarChart.Axis::labelX).containsExactly("0.0", "154.0", "0.0", "-154.0");
    }

    @Test
    void leavesACategoryWithoutAScoreOutOfTheOutlineInsteadOfDrawingItAtTheCentre() {
        RadarChart chart = RadarChart.of(
                List.of(category("A", "100.0"), category("Bee", null), category("C", "100.0"), category("D", "50.0")),
                NOT_ENOUGH);

        // the fill joins the scored points only: A at the top, C at the bottom, D on the left — never (0, 0) for Bee
        assertThat(chart.scoreFill()).isEqualTo("0.0,-140.0 0.0,140.0 -70.0,0.0");
        // A → C crosses Bee: dashed; C → D and D → A are neighbours: solid
        assertThat(chart.outline())
                .containsExactly(
                        new RadarChart.Edge("0.0", "-140.0", "0.0", "140.0", true),
                        new RadarChart.Edge("0.0", "140.0", "-70.0", "0.0", false),
                        new RadarChart.Edge("-70.0", "0.0", "0.0", "-140.0", false));
        RadarChart.Axis bee = chart.axes().get(1);
        assertThat(bee.scored()).isFalse();
        assertThat(bee.lines())
                .containsExactly(new RadarChart.Line("Bee", "0", false), new RadarChart.Line(NOT_ENOUGH, "17.0", true));
        // two lines beside the chart, centred on the axis: first baseline 0 + 12 / 2 − 17 / 2 = −2.5
        assertThat(bee.labelY()).isEqualTo("-2.5");
        // the note is the widest line, 20 characters × 8.5 = 170 from x = 154: the box reaches 324, + 6 = 330;
        // on the left "D" reaches −154 − 8.5 = −162.5, − 6 → −169
        assertThat(chart.viewBox()).isEqualTo("-169 -176 499 352");
        assertThat(chart.anyUnscored()).isTrue();
    }

    @Test
    void drawsNoOutlineWithFewerThanTwoScoredCategories() {
        RadarChart chart =
                RadarChart.of(List.of(category("X", "75.0"), category("Y", null), category("Z", null)), NOT_ENOUGH);

        assertThat(chart.scoreFill()).isEmpty();
        assertThat(chart.outline()).isEmpty();
        assertThat(chart.axes()).filteredOn(RadarChart.Axis::scored).hasSize(1);
    }

    @Test
    void joinsTwoScoredCategoriesOnceDashedWhenTheyAreNotNeighbours() {
        // five axes, scores on the first and the third: one line, across the second
        RadarChart chart = RadarChart.of(
                List.of(
                        category("One", "100.0"),
                        category("Two", null),
                        category("Three", "0.0"),
                        category("Four", null),
                        category("Five", null)),
                NOT_ENOUGH);

        assertThat(chart.outline()).hasSize(1);
        assertThat(chart.outline().get(0).dashed()).isTrue();
        assertThat(chart.outline().get(0).x2()).isEqualTo("0.0");
        assertThat(chart.outline().get(0).y2()).isEqualTo("0.0");
    }

    @Test
    void wrapsLongLabelsOntoUpToThreeLinesOfSixteenCharacters() {
        RadarChart chart = RadarChart.of(
                List.of(
                        category("Quality and value", "50.0"),
                        category("Customer focus of time and policy", "50.0"),
                        category("Supercalifragilisticexpialidocious", "50.0")),
                NOT_ENOUGH);

        assertThat(chart.axes().get(0).lines())
                .extracting(RadarChart.Line::text)
                .containsExactly("Quality and", "value");
        assertThat(chart.axes().get(1).lines())
                .extracting(RadarChart.Line::text)
                .containsExactly("Customer focus", "of time and", "policy");
        assertThat(chart.axes().get(2).lines())
                .extracting(RadarChart.Line::text)
                .containsExactly("Supercalifragilisticexpialidocious");
        // the top label's two lines grow upwards: first baseline −154 − 4 − 17 = −175, reaching −187; − 6 → −193
        assertThat(chart.axes().get(0).labelY()).isEqualTo("-175.0");
        assertThat(chart.viewBox()).startsWith("-").contains(" -193 ");
    }

    private static RadarChart.Category category(String name, String score) {
        return new RadarChart.Category(name, score == null ? null : new BigDecimal(score));
    }
}
