package app.scorecard.web.rendering;

import java.util.Arrays;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark, CRLF), with every cell made formula-safe: a
 * cell that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so no spreadsheet runs it.
 */
public final class CsvWriter {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return csv.toString();
    }
}
