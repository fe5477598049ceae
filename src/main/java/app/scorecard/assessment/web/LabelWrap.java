package app.scorecard.assessment.web;

import java.util.ArrayList;
import java.util.List;

/** Breaks a chart's label into lines by words, since SVG text does not wrap by itself. */
final class LabelWrap {

    private LabelWrap() {}

    /**
     * Words onto lines of at most {@code width} characters, at most {@code maxLines} lines: a word longer than a line
     * keeps a line of its own, and whatever does not fit the last line stays on it (charts make room for the longest
     * line).
     */
    static List<String> lines(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= width || lines.size() == maxLines - 1) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line = new StringBuilder(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
