package app.scorecard.assessment.web;

import app.scorecard.results.ScorecardReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart of category scores, computed on the server so the page needs no script: one axis per
 * category around the centre (0, 0), rings at 25, 50, 75 and 100, the scores' outline, and labels wrapped onto up to
 * three lines and placed outside the rings. The view box is as large as the labels need, so none is clipped. A category
 * without a score has no point — it is not a 0: its axis is dashed, its label says so, and the outline crosses it with
 * a dashed line from its neighbours' points.
 *
 * @param viewBox {@code minX minY width height}, enclosing the rings and every label
 * @param scoreFill the scored points only, for the fill under the outline; empty with fewer than three
 * @param outline from each scored point to the next, dashed where it crosses a category without a score
 * @param targetOutline the same for the targets ("where we want to be in a year"), empty for a round that asked none
 * @param targetPoints each target score's point, drawn as a square (today's are circles): its top-left corner
 */
public record RadarChart(
        String viewBox,
        List<Axis> axes,
        List<String> rings,
        String scoreFill,
        List<Edge> outline,
        boolean anyUnscored,
        List<Edge> targetOutline,
        List<Point> targetPoints) {

    /** Where a square of {@link #TARGET_MARK} units centred on a point starts. */
    public record Point(String x, String y) {}

    static final double TARGET_MARK = 8;

    /** Whether the chart shows targets beside today's scores. */
    public boolean withTargets() {
        return !targetPoints.isEmpty() || !targetOutline.isEmpty();
    }

    static final double RADIUS = 140;
    static final double LABEL_GAP = 14;
    /** The labels' font size in drawing units, and what the estimates below assume. */
    static final double FONT_SIZE = 14;

    static final double LINE_HEIGHT = 17;
    /** A generous average width of a character at {@link #FONT_SIZE}, so the estimate errs on the side of room. */
    static final double CHAR_WIDTH = 8.5;

    static final double ASCENT = 12;
    static final double DESCENT = 4;
    static final double MARGIN = 6;
    static final int WRAP_AT = 16;
    static final int MAX_LINES = 3;

    /**
     * @param lines the label (and, for a category without a score, the note saying so), each with its own x and
     *     {@code dy}
     */
    public record Axis(
            String name,
            BigDecimal score,
            String endX,
            String endY,
            String pointX,
            String pointY,
            String labelX,
            String labelY,
            String anchor,
            List<Line> lines) {

        public boolean scored() {
            return score != null;
        }
    }

    /** @param note the "not enough answers" line of a category without a score */
    public record Line(String text, String dy, boolean note) {}

    public record Edge(String x1, String y1, String x2, String y2, boolean dashed) {}

    /** @param target the category's target score, {@code null} without one */
    public record Category(String name, BigDecimal score, BigDecimal target) {

        public Category(String name, BigDecimal score) {
            this(name, score, null);
        }
    }

    /** @param notEnough what a category without a score says under its name */
    static RadarChart of(ScorecardReport report, String notEnough) {
        return of(
                report.categories().stream()
                        .map(category -> new Category(
                                category.name(),
                                category.score(),
                                report.target() == null ? null : report.target().category(category.key())))
                        .toList(),
                notEnough);
    }

    static RadarChart of(List<Category> categories, String notEnough) {
        int n = categories.size();
        ViewBoxExtent extent = new ViewBoxExtent(MARGIN);
        extent.include(-RADIUS, -RADIUS);
        extent.include(RADIUS, RADIUS);
        List<Axis> axes = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Category category = categories.get(i);
            double angle = angle(i, n);
            points.add(point(angle, category.score()));
            targets.add(point(angle, category.target()));
            axes.add(axis(category, angle, notEnough, extent));
        }
        List<String> rings = new ArrayList<>();
        for (int percent = 25; percent <= 100; percent += 25) {
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                double r = RADIUS * percent / 100;
                ring.append(i == 0 ? "" : " ")
                        .append(fmt(x(angle, r)))
                        .append(',')
                        .append(fmt(y(angle, r)));
            }
            rings.add(ring.toString());
        }
        List<double[]> scored = points.stream().filter(p -> p != null).toList();
        StringBuilder fill = new StringBuilder();
        if (scored.size() >= 3) {
            for (double[] point : scored) {
                fill.append(fill.isEmpty() ? "" : " ")
                        .append(fmt(point[0]))
                        .append(',')
                        .append(fmt(point[1]));
            }
        }
        List<Point> targetPoints = targets.stream()
                .filter(p -> p != null)
                .map(p -> new Point(fmt(p[0] - TARGET_MARK / 2), fmt(p[1] - TARGET_MARK / 2)))
                .toList();
        return new RadarChart(
                extent.viewBox(),
                axes,
                rings,
                fill.toString(),
                outline(points),
                scored.size() < n,
                outline(targets),
                targetPoints);
    }

    private static double[] point(double angle, BigDecimal score) {
        if (score == null) {
            return null;
        }
        double r = RADIUS * score.doubleValue() / 100;
        return new double[] {x(angle, r), y(angle, r)};
    }

    private static Axis axis(Category category, double angle, String notEnough, ViewBoxExtent extent) {
        List<String> texts = new ArrayList<>(LabelWrap.lines(category.name(), WRAP_AT, MAX_LINES));
        if (category.score() == null) {
            texts.add(notEnough);
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        double anchorX = x(angle, RADIUS + LABEL_GAP);
        double anchorY = y(angle, RADIUS + LABEL_GAP);
        int count = texts.size();
        // The first line's baseline: labels above the chart grow upwards, below it downwards, beside it both ways.
        double firstBaseline = sin < -0.2
                ? anchorY - DESCENT - (count - 1) * LINE_HEIGHT
                : sin > 0.2 ? anchorY + ASCENT : anchorY + ASCENT / 2 - (count - 1) * LINE_HEIGHT / 2;
        double widest = texts.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH;
        double left = switch (anchor) {
            case "start" -> anchorX;
            case "end" -> anchorX - widest;
            default -> anchorX - widest / 2;
        };
        extent.include(left, firstBaseline - ASCENT);
        extent.include(left + widest, firstBaseline + (count - 1) * LINE_HEIGHT + DESCENT);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean note = category.score() == null && i == count - 1;
            lines.add(new Line(texts.get(i), i == 0 ? "0" : fmt(LINE_HEIGHT), note));
        }
        double pointRadius =
                category.score() == null ? 0 : RADIUS * category.score().doubleValue() / 100;
        return new Axis(
                category.name(),
                category.score(),
                fmt(x(angle, RADIUS)),
                fmt(y(angle, RADIUS)),
                fmt(x(angle, pointRadius)),
                fmt(y(angle, pointRadius)),
                fmt(anchorX),
                fmt(firstBaseline),
                anchor,
                lines);
    }

    /** Each scored point to the next scored one around the chart; dashed when a category without a score lies between. */
    private static List<Edge> outline(List<double[]> points) {
        int n = points.size();
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (points.get(i) != null) {
                scored.add(i);
            }
        }
        List<Edge> edges = new ArrayList<>();
        int count = scored.size();
        if (count < 2) {
            return edges;
        }
        int last = count == 2 ? 1 : count; // two points make one line, not the same line twice
        for (int k = 0; k < last; k++) {
            int from = scored.get(k);
            int to = scored.get((k + 1) % count);
            int steps = Math.floorMod(to - from, n);
            double[] a = points.get(from);
            double[] b = points.get(to);
            boolean dashed = count == 2 ? steps != 1 && n - steps != 1 : steps != 1;
            edges.add(new Edge(fmt(a[0]), fmt(a[1]), fmt(b[0]), fmt(b[1]), dashed));
        }
        return edges;
    }

    /** The first axis points straight up; the others follow clockwise. */
    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static double x(double angle, double radius) {
        return radius * Math.cos(angle);
    }

    private static double y(double angle, double radius) {
        return radius * Math.sin(angle);
    }

    static String fmt(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.equals("-0.0") ? "0.0" : text;
    }
}
