package app.scorecard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox, as a person with a PDF reader or a screen reader meets it: the text of each page, each
 * page's size, the document's title and language, whether it is tagged, and its fonts.
 *
 * @param pages the text of each page, first page first, in reading order with every run of white space (where a line
 *     wraps, between table cells) one space
 * @param sizes each page's width and height in points (A4: 595 × 842)
 * @param fonts the names of the fonts its pages use, with whether each is embedded
 */
public record PdfPages(
        List<String> pages, List<float[]> sizes, String title, String language, boolean tagged, Set<String> fonts) {

    public static PdfPages of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            List<float[]> sizes = new ArrayList<>();
            Set<String> fonts = new TreeSet<>();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
                PDPage page = document.getPage(number - 1);
                sizes.add(new float[] {
                    page.getMediaBox().getWidth(), page.getMediaBox().getHeight()
                });
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "")
                            + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            return new PdfPages(
                    List.copyOf(pages),
                    List.copyOf(sizes),
                    document.getDocumentInformation().getTitle(),
                    catalog.getLanguage(),
                    catalog.getMarkInfo() != null
                            && catalog.getMarkInfo().isMarked()
                            && catalog.getStructureTreeRoot() != null,
                    fonts);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a PDF", e);
        }
    }

    public int count() {
        return pages.size();
    }

    /** The whole document's text, page after page. */
    public String text() {
        return String.join("\n", pages);
    }

    /** The text of one page, counted from 1 as its footer counts. */
    public String page(int number) {
        return pages.get(number - 1);
    }
}
