package app.scorecard.comparison.web;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The geometry of a trend chart, computed on the server so the page needs no script: one line for the overall score
 * and one per category, over a team's finished rounds of one question set, oldest on the left. A round without a score
 * for a line (too few answers, or a hidden round) breaks that line instead of pretending.
 */
public record TrendChart(int width, int height, List<Series> series, List<Tick> xTicks, List<Tick> yTicks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;
    private static final double LEFT = 44;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double BOTTOM = 40;

    /** Colours for this many lines; further lines repeat them, dashed. */
    static final int COLOURS = 7;

    private static final double DOT = 3.5;

    /**
     * @param segments the line's unbroken stretches, each as SVG polyline points
     * @param dots a dot on every point, as one SVG path (one element, however many rounds)
     */
    public record Series(String name, int index, List<String> segments, String dots) {

        /** The CSS classes that colour the line and its legend entry. */
        public String style() {
            return "series-" + index % COLOURS + (index >= COLOURS ? " series-dashed" : "");
        }
    }

    /** @param anchor how the label sits on its point: {@code start}, {@code middle} or {@code end} */
    public record Tick(String x, String y, String label, String anchor) {}

    /** Round labels longer than this are cut short on the axis; the table below has them in full. */
    static final int LABEL_MAX_CHARACTERS = 16;

    /** Roughly how wide a character of the axis font is, in chart units. */
    private static final double CHARACTER_WIDTH = 6.5;

    /** @param rounds one question set's finished rounds, oldest first */
    static TrendChart of(List<FinishedRound> rounds, QuestionSetDefinition version) {
        List<Series> series = new ArrayList<>();
        series.add(series("Overall", 0, rounds, FinishedRound::overallStat));
        int index = 1;
        for (CategoryDefinition category : version.categories()) {
            series.add(series(
                    category.name(),
                    index++,
                    rounds,
                    round -> round.categories().get(category.key())));
        }
        List<Tick> xTicks = xTicks(rounds);
        List<Tick> yTicks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 25) {
            yTicks.add(new Tick(fmt(LEFT - 8), fmt(y(value)), Integer.toString(value), "end"));
        }
        return new TrendChart(WIDTH, HEIGHT, series, xTicks, yTicks);
    }

    /**
     * A label under every round while they fit, otherwise under every second, third… round counted back from the
     * latest, which is always labelled; the ends are aligned inwards so nothing runs off the chart.
     */
    private static List<Tick> xTicks(List<FinishedRound> rounds) {
        int count = rounds.size();
        int longest = rounds.stream()
                .mapToInt(round -> Math.min(round.label().length(), LABEL_MAX_CHARACTERS))
                .max()
                .orElse(0);
        double spacing = count <= 1 ? WIDTH : (WIDTH - LEFT - RIGHT) / (count - 1);
        int step = Math.max(1, (int) Math.ceil((longest * CHARACTER_WIDTH + 8) / spacing));
        List<Tick> ticks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i -= step) {
            String anchor = count == 1 ? "middle" : i == 0 ? "start" : i == count - 1 ? "end" : "middle";
            ticks.add(
                    0,
                    new Tick(
                            fmt(x(i, count)),
                            fmt(HEIGHT - BOTTOM + 18),
                            shortened(rounds.get(i).label()),
                            anchor));
        }
        return ticks;
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_MAX_CHARACTERS ? label : label.substring(0, LABEL_MAX_CHARACTERS - 1) + "…";
    }

    private static Series series(
            String name, int index, List<FinishedRound> rounds, Function<FinishedRound, ScoreStat> score) {
        List<String> segments = new ArrayList<>();
        StringBuilder dots = new StringBuilder();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < rounds.size(); i++) {
            ScoreStat stat = rounds.get(i).shown() ? score.apply(rounds.get(i)) : null;
            BigDecimal value = stat == null ? null : stat.score();
            if (value == null) {
                if (!segment.isEmpty()) {
                    segments.add(segment.toString());
                    segment.setLength(0);
                }
                continue;
            }
            String px = fmt(x(i, rounds.size()));
            String py = fmt(y(value.doubleValue()));
            segment.append(segment.isEmpty() ? "" : " ").append(px).append(',').append(py);
            dots.append(dots.isEmpty() ? "" : " ")
                    .append("M")
                    .append(fmt(x(i, rounds.size()) - DOT))
                    .append(',')
                    .append(py)
                    .append(" a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0");
        }
        if (!segment.isEmpty()) {
            segments.add(segment.toString());
        }
        return new Series(name, index, segments, dots.toString());
    }

    private static double x(int i, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2 : LEFT + span * i / (count - 1);
    }

    private static double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - value) / 100;
    }

    /** One decimal, half up; a chart has a few hundred of these, so no {@code String.format}. */
    static String fmt(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return sign + abs / 10 + "." + abs % 10;
    }
}
