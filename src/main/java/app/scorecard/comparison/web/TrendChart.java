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
 * and one per category, over a team's finished rounds of one question set (or the organisation's quarters), oldest on
 * the left. A point without a score for a line (too few answers, a hidden round, too few teams) breaks that line instead
 * of pretending.
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

    /** A line of a chart: its name, and a value (or {@code null}, which breaks the line) under each label. */
    record Line(String name, List<BigDecimal> values) {}

    /** @param rounds one question set's finished rounds, oldest first */
    static TrendChart of(List<FinishedRound> rounds, QuestionSetDefinition version) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("Overall", rounds, FinishedRound::overallStat));
        for (CategoryDefinition category : version.categories()) {
            lines.add(line(category.name(), rounds, round -> round.categories().get(category.key())));
        }
        return of(rounds.stream().map(FinishedRound::label).toList(), lines);
    }

    /**
     * @param labels under each point, oldest first
     * @param lines each with one value per label
     */
    static TrendChart of(List<String> labels, List<Line> lines) {
        List<Series> series = new ArrayList<>();
        int index = 0;
        for (Line line : lines) {
            series.add(series(line.name(), index++, line.values()));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 25) {
            yTicks.add(new Tick(fmt(LEFT - 8), fmt(y(value)), Integer.toString(value), "end"));
        }
        return new TrendChart(WIDTH, HEIGHT, series, xTicks(labels), yTicks);
    }

    private static Line line(String name, List<FinishedRound> rounds, Function<FinishedRound, ScoreStat> score) {
        List<BigDecimal> values = new ArrayList<>();
        for (FinishedRound round : rounds) {
            ScoreStat stat = round.shown() ? score.apply(round) : null;
            values.add(stat == null ? null : stat.score());
        }
        return new Line(name, values);
    }

    /**
     * A label under every point while they fit, otherwise under every second, third… point counted back from the
     * latest, which is always labelled; the ends are aligned inwards so nothing runs off the chart.
     */
    private static List<Tick> xTicks(List<String> labels) {
        int count = labels.size();
        int longest = labels.stream()
                .mapToInt(label -> Math.min(label.length(), LABEL_MAX_CHARACTERS))
                .max()
                .orElse(0);
        double spacing = count <= 1 ? WIDTH : (WIDTH - LEFT - RIGHT) / (count - 1);
        int step = Math.max(1, (int) Math.ceil((longest * CHARACTER_WIDTH + 8) / spacing));
        List<Tick> ticks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i -= step) {
            String anchor = count == 1 ? "middle" : i == 0 ? "start" : i == count - 1 ? "end" : "middle";
            ticks.add(0, new Tick(fmt(x(i, count)), fmt(HEIGHT - BOTTOM + 18), shortened(labels.get(i)), anchor));
        }
        return ticks;
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_MAX_CHARACTERS ? label : label.substring(0, LABEL_MAX_CHARACTERS - 1) + "…";
    }

    private static Series series(String name, int index, List<BigDecimal> values) {
        List<String> segments = new ArrayList<>();
        StringBuilder dots = new StringBuilder();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal value = values.get(i);
            if (value == null) {
                if (!segment.isEmpty()) {
                    segments.add(segment.toString());
                    segment.setLength(0);
                }
                continue;
            }
            String px = fmt(x(i, values.size()));
            String py = fmt(y(value.doubleValue()));
            segment.append(segment.isEmpty() ? "" : " ").append(px).append(',').append(py);
            dots.append(dots.isEmpty() ? "" : " ")
                    .append("M")
                    .append(fmt(x(i, values.size()) - DOT))
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
