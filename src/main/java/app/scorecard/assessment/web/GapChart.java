package app.scorecard.assessment.web;

import app.scorecard.results.TeamResults.Gap;
import app.scorecard.results.TeamResults.PerceptionGap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The perception gap as a diverging bar chart, computed on the server: one row per line of the gap table (overall,
 * then each category), its name above a bar from a centred zero line — to the right where the manager rates it
 * higher, to the left where the team does — and the signed gap as text at the bar's end. The scale is the smallest of
 * ±10, ±25, ±50 and ±100 that holds every gap.
 *
 * @param zeroX where the zero line is
 * @param bottom where the rows end and the scale's numbers begin
 */
public record GapChart(int width, int height, String zeroX, int top, int bottom, int scale, List<Row> rows) {

    static final int PAD = 8;
    static final int VALUE_ROOM = 50;
    static final int HALF = 150;
    static final int WIDTH = 2 * (PAD + VALUE_ROOM + HALF);
    static final int ZERO_X = PAD + VALUE_ROOM + HALF;
    static final int HEADER = 26;
    static final int LINE_HEIGHT = 16;
    static final int ASCENT = 11;
    static final int BAR_HEIGHT = 14;
    static final int ROW_SPACING = 10;
    static final int FOOTER = 20;
    static final int WRAP_AT = 52;
    private static final int[] SCALES = {10, 25, 50, 100};

    /**
     * @param gap {@code manager − team}, or {@code null} where either has no score (no bar)
     * @param direction {@code higher} (bar to the right), {@code lower} (to the left), {@code same} or {@code none}
     * @param valueX where the value's text starts or ends, by {@code valueAnchor}
     */
    public record Row(
            List<Label> label,
            BigDecimal gap,
            String direction,
            String barX,
            int barY,
            String barWidth,
            String valueX,
            int valueY,
            String valueAnchor,
            String value) {}

    public record Label(String text, int y) {}

    /** @param overallName what the overall row is called */
    static GapChart of(PerceptionGap gap, String overallName) {
        List<Gap> rows = new ArrayList<>();
        rows.add(new Gap(
                "overall",
                overallName,
                gap.overall().manager(),
                gap.overall().team(),
                gap.overall().gap()));
        rows.addAll(gap.categories());
        return of(rows);
    }

    static GapChart of(List<Gap> gaps) {
        int scale = scaleFor(gaps);
        double unit = (double) HALF / scale;
        List<Row> rows = new ArrayList<>();
        int y = HEADER;
        for (Gap gap : gaps) {
            List<String> lines = LabelWrap.lines(gap.name(), WRAP_AT, 2);
            List<Label> label = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                label.add(new Label(lines.get(i), y + ASCENT + i * LINE_HEIGHT));
            }
            int barY = y + lines.size() * LINE_HEIGHT + 2;
            int valueY = barY + ASCENT;
            BigDecimal value = gap.gap();
            if (value == null) {
                rows.add(new Row(label, null, "none", fmt(ZERO_X), barY, "0", fmt(ZERO_X + 4), valueY, "start", ""));
            } else {
                double length = Math.abs(value.doubleValue()) * unit;
                boolean left = value.signum() < 0;
                String direction = value.signum() > 0 ? "higher" : left ? "lower" : "same";
                rows.add(new Row(
                        label,
                        value,
                        direction,
                        fmt(left ? ZERO_X - length : ZERO_X),
                        barY,
                        fmt(length),
                        fmt(left ? ZERO_X - length - 4 : ZERO_X + length + 4),
                        valueY,
                        left ? "end" : "start",
                        signed(value)));
            }
            y = barY + BAR_HEIGHT + ROW_SPACING;
        }
        return new GapChart(WIDTH, y + FOOTER, fmt(ZERO_X), HEADER - 6, y, scale, rows);
    }

    public String leftEndX() {
        return fmt(ZERO_X - HALF);
    }

    public String rightEndX() {
        return fmt(ZERO_X + HALF);
    }

    static int scaleFor(List<Gap> gaps) {
        double largest = gaps.stream()
                .map(Gap::gap)
                .filter(value -> value != null)
                .mapToDouble(value -> Math.abs(value.doubleValue()))
                .max()
                .orElse(0);
        for (int candidate : SCALES) {
            if (largest <= candidate) {
                return candidate;
            }
        }
        return SCALES[SCALES.length - 1];
    }

    /** "+12.5", "−5.0" (a real minus sign), "0.0". */
    static String signed(BigDecimal value) {
        String digits = value.abs().toPlainString();
        return value.signum() > 0 ? "+" + digits : value.signum() < 0 ? "\u2212" + digits : digits;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
