package app.scorecard.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandScaleTests {

    private static final List<Band> DEFAULT_BANDS = List.of(
            new Band(0, "Settling for mediocrity"),
            new Band(40, "Inconsistent"),
            new Band(60, "Striving for excellence"),
            new Band(80, "Excellence is a way of life"));

    @Test
    void drawsOneSegmentPerBandSixUnitsAPointFromTwenty() {
        BandScale scale = BandScale.of(DEFAULT_BANDS, new BigDecimal("58.3"), new Band(40, "Inconsistent"));

        // 0–40 → x 20, 240 wide; 40–60 → x 260, 120 wide; 60–80 → x 380; 80–100 → x 500
        assertThat(scale.segments())
                .containsExactly(
                        new BandScale.Segment("20.0", "240.0", "Settling for mediocrity", 0, 40, false, 1),
                        new BandScale.Segment("260.0", "120.0", "Inconsistent", 40, 60, false, 2),
                        new BandScale.Segment("380.0", "120.0", "Striving for excellence", 60, 80, false, 3),
                        new BandScale.Segment("500.0", "120.0", "Excellence is a way of life", 80, 100, true, 4));
        assertThat(scale.ticks())
                .containsExactly(
                        new BandScale.Tick("20.0", "start", 0),
                        new BandScale.Tick("260.0", "middle", 40),
                        new BandScale.Tick("380.0", "middle", 60),
                        new BandScale.Tick("500.0", "middle", 80),
                        new BandScale.Tick("620.0", "end", 100));
        // 20 + 58.3 × 6 = 369.8, a triangle 14 wide pointing down at the bar
        assertThat(scale.markerX()).isEqualTo("369.8");
        assertThat(scale.markerPoints()).isEqualTo("362.8,4 376.8,4 369.8,20");
        assertThat(scale.currentSegment().label()).isEqualTo("Inconsistent");
        assertThat(scale.nextSegment().label()).isEqualTo("Striving for excellence");
    }

    @Test
    void hasNoNextBandAtTheTop() {
        BandScale scale =
                BandScale.of(DEFAULT_BANDS, new BigDecimal("100.0"), new Band(80, "Excellence is a way of life"));

        assertThat(scale.current()).isEqualTo(3);
        assertThat(scale.nextSegment()).isNull();
        assertThat(scale.markerX()).isEqualTo("620.0");
    }

    @Test
    void findsARecordedBandWithoutItsMinimumByItsLabel() {
        // a record migrated from before bands kept their minimum reads as a band from 0
        BandScale scale = BandScale.of(DEFAULT_BANDS, new BigDecimal("45.0"), new Band(0, "Inconsistent"));

        assertThat(scale.current()).isEqualTo(1);
    }

    @Test
    void shadesFiveBandsFromLightestToDarkest() {
        List<Band> five =
                List.of(new Band(0, "E"), new Band(20, "D"), new Band(40, "C"), new Band(60, "B"), new Band(90, "A"));

        BandScale scale = BandScale.of(five, new BigDecimal("95.0"), new Band(90, "A"));

        assertThat(scale.segments()).extracting(BandScale.Segment::tone).containsExactly(1, 2, 3, 4, 5);
        assertThat(scale.segments().get(4).width()).isEqualTo("60.0");
    }
}
