package app.scorecard.assessment.web;

import app.scorecard.results.ScorecardReport;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bands of a scorecard's version as a segmented bar from 0 to 100 with the overall score marked, computed on the
 * server, and the words that say the same: the score, its band and that band's range, and the next band up. The bands
 * are the ones the scorecard's version carries, never today's.
 *
 * @param segments one per band, lowest first
 * @param ticks the band's lower bounds and 100, under the bar
 * @param markerX where the score sits on the bar
 * @param current the index of the score's band in {@code segments}
 */
public record BandScale(
        int width,
        int height,
        List<Segment> segments,
        List<Tick> ticks,
        String markerX,
        String markerPoints,
        int current,
        BigDecimal score) {

    static final int WIDTH = 640;
    static final int HEIGHT = 64;
    static final int BAR_X = 20;
    static final int BAR_Y = 22;
    static final int BAR_HEIGHT = 18;
    /** Drawing units per point of score: the bar is 600 wide. */
    static final int SCALE = 6;

    /**
     * @param upTo the next band's minimum, or 100 for the highest band
     * @param tone 1–5, lighter to darker, so neighbouring bands differ in more than hue
     */
    public record Segment(String x, String width, String label, int from, int upTo, boolean last, int tone) {}

    public record Tick(String x, String anchor, int value) {}

    /**
     * The scale of a report with an overall score and a band; empty otherwise. It places the score in the band it falls
     * in: a band capped by a must-have not met is said in words beside it.
     */
    static Optional<BandScale> of(ScorecardReport report) {
        if (report.overall() == null
                || report.bandBeforeCap() == null
                || report.bands().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(report.bands(), report.overall(), report.bandBeforeCap()));
    }

    static BandScale of(List<Band> bands, BigDecimal score, Band band) {
        List<Segment> segments = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            int from = bands.get(i).min();
            boolean last = i == bands.size() - 1;
            int upTo = last ? 100 : bands.get(i + 1).min();
            segments.add(new Segment(
                    fmt(x(from)),
                    fmt((upTo - from) * (double) SCALE),
                    bands.get(i).label(),
                    from,
                    upTo,
                    last,
                    Math.min(5, 1 + i * 5 / bands.size())));
            ticks.add(new Tick(fmt(x(from)), from == 0 ? "start" : "middle", from));
        }
        if (bands.get(bands.size() - 1).min() < 100) {
            ticks.add(new Tick(fmt(x(100)), "end", 100));
        } else {
            ticks.set(ticks.size() - 1, new Tick(fmt(x(100)), "end", 100));
        }
        double markerX = x(score.doubleValue());
        String marker = fmt(markerX - 7) + ",4 " + fmt(markerX + 7) + ",4 " + fmt(markerX) + "," + (BAR_Y - 2);
        return new BandScale(WIDTH, HEIGHT, segments, ticks, fmt(markerX), marker, indexOf(bands, band), score);
    }

    /** The recorded band among the version's: by label and minimum, then by label (a migrated record may lack it). */
    private static int indexOf(List<Band> bands, Band band) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).equals(band)) {
                return i;
            }
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).label().equals(band.label())) {
                return i;
            }
        }
        return -1;
    }

    public Segment currentSegment() {
        return current < 0 ? null : segments.get(current);
    }

    /** The band above the score's, or {@code null} when it is the highest. */
    public Segment nextSegment() {
        return current < 0 || current + 1 >= segments.size() ? null : segments.get(current + 1);
    }

    private static double x(double value) {
        return BAR_X + value * SCALE;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
