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
        return Pattern.compile("<table[^>]*\\bid=\"" + Pattern.quote(tableId) + "\"")
                .matcher(html)
                .find();
    }

    private static Pattern opening(String tableId) {
        return Pattern.compile("<table[^>]*\\b(id|class)=\"" + Pattern.quote(tableId) + "\"");
    }

    /** Every row of the table with this id (or else this class) — its heading row first — as its cells' text. */
    public static List<List<String>> rows(String html, String tableId) {
        Matcher opening = opening(tableId).matcher(html);
        if (!opening.find()) {
            throw new AssertionError("No table with id or class " + tableId);
        }
        int start = opening.start();
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
