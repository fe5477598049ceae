package app.scorecard.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a table of a rendered page as a person reads it: row by row, each cell's text without its markup. */
public final class HtmlTables {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t([hd])[^>]*>(.*?)</t\\1>", Pattern.DOTALL);

    private HtmlTables() {}

    /** Whether the page has a table with this id. */
    public static boolean has(String html, String tableId) {
        return html.contains("id=\"" + tableId + "\"");
    }

    /** Every row of the table with this id — its heading row first — as the text of its cells. */
    public static List<List<String>> rows(String html, String tableId) {
        int start = html.indexOf("<table id=\"" + tableId + "\"");
        if (start < 0) {
            start = html.indexOf("id=\"" + tableId + "\"");
        }
        if (start < 0) {
            throw new AssertionError("No table with id " + tableId);
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(2)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The row whose first cell reads so. */
    public static List<String> row(String html, String tableId, String first) {
        return rows(html, tableId).stream()
                .filter(cells -> !cells.isEmpty() && cells.get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + first + " in " + rows(html, tableId)));
    }

    private static String text(String markup) {
        return markup.replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
