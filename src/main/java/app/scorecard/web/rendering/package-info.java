/**
 * How responses are written: every page rendered whole and sent in one write, gzip-compressed when the browser takes
 * it, with pre-rendered pieces compressed once ({@link app.scorecard.web.rendering.PreRenderedHtml}); PDF reports from
 * XHTML templates ({@link app.scorecard.web.rendering.PdfReports}); formula-safe CSV
 * ({@link app.scorecard.web.rendering.CsvWriter}). Feature modules use those three; what goes into a page, report or
 * export is theirs.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("rendering")
package app.scorecard.web.rendering;
