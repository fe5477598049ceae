package app.scorecard.assessment.web;

import app.scorecard.results.ScorecardReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart of category scores, computed on the server so the page needs no script: one axis per
 * category, rings at 25, 50, 75 and 100, and the polygon of the scores. A category without a score sits at the centre
 * and is marked as such.
 */
public record RadarChart(int width, int height, List<Axis> axes, List<String> rings, String scorePolygon) {

    static final int WIDTH = 560;
    static final int HEIGHT = 440;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE_Y = HEIGHT / 2.0;
    private static final double RADIUS = 140;
    private static final double LABEL_GAP = 18;
    private static final int WRAP_AT = 18;

    /** @param lines the label, in one or two lines */
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
            List<String> lines) {}

    public record Category(String name, BigDecimal score) {}

    static RadarChart of(ScorecardReport report) {
        return of(report.categories().stream()
                .map(category -> new Category(category.name(), category.score()))
                .toList());
    }

    static RadarChart of(List<Category> categories) {
        int n = categories.size();
        List<Axis> axes = new ArrayList<>();
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Category category = categories.get(i);
            double angle = angle(i, n);
            double value = category.score() == null ? 0 : category.score().doubleValue();
            double pointX = x(angle, RADIUS * value / 100);
            double pointY = y(angle, RADIUS * value / 100);
            polygon.append(i == 0 ? "" : " ").append(fmt(pointX)).append(',').append(fmt(pointY));
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            axes.add(new Axis(
                    category.name(),
                    category.score(),
                    fmt(x(angle, RADIUS)),
                    fmt(y(angle, RADIUS)),
                    fmt(pointX),
                    fmt(pointY),
                    fmt(x(angle, RADIUS + LABEL_GAP)),
                    fmt(y(angle, RADIUS + LABEL_GAP) + (Math.sin(angle) > 0.2 ? 12 : Math.sin(angle) < -0.2 ? -8 : 4)),
                    anchor,
                    wrap(category.name())));
        }
        List<String> rings = new ArrayList<>();
        for (int percent = 25; percent <= 100; percent += 25) {
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double angle = angle(i, n);
                ring.append(i == 0 ? "" : " ")
                        .append(fmt(x(angle, RADIUS * percent / 100)))
                        .append(',')
                        .append(fmt(y(angle, RADIUS * percent / 100)));
            }
            rings.add(ring.toString());
        }
        return new RadarChart(WIDTH, HEIGHT, axes, rings, polygon.toString());
    }

    /** The first axis points straight up; the others follow clockwise. */
    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static double x(double angle, double radius) {
        return CENTRE_X + radius * Math.cos(angle);
    }

    private static double y(double angle, double radius) {
        return CENTRE_Y + radius * Math.sin(angle);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Long names break at the space nearest their middle. */
    static List<String> wrap(String name) {
        if (name.length() <= WRAP_AT) {
            return List.of(name);
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
    }
}
