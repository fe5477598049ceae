package app.scorecard.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A page with its pre-rendered pieces in place: the same text plain and gzip-compressed, wherever the pieces are. */
class PageBodyTests {

    private final PreRenderedHtml questions =
            new PreRenderedHtml(repeated("<fieldset>Do we serve? 1 2 3 4 5</fieldset>\n"));
    private final PreRenderedHtml footer = new PreRenderedHtml("<footer>Über uns — ünïcödé</footer>");

    @Test
    void putsThePiecesInPlaceOfTheirPlaceholders() {
        String page = "<main>" + questions.placeholder() + "</main>" + footer.placeholder();

        PageBody body = PageBody.of(page, List.of(footer, questions), StandardCharsets.UTF_8);

        String expected = "<main>" + questions.html() + "</main>" + footer.html();
        assertThat(new String(body.plain(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(body.length()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void compressesToExactlyThePlainPageWhereverThePiecesStand() throws IOException {
        String text = repeated("<p>Some text of the page, with ünïcödé.</p>\n"); // longer than the deflate buffer
        for (String page : new String[] {
            text + questions.placeholder() + text,
            questions.placeholder() + text,
            text + questions.placeholder(),
            questions.placeholder(),
            questions.placeholder() + questions.placeholder() + footer.placeholder(),
            text + footer.placeholder() + "" + questions.placeholder() + text,
            text,
            ""
        }) {
            PageBody body = PageBody.of(page, List.of(questions, footer), StandardCharsets.UTF_8);

            assertThat(gunzip(body.gzip())).as(page.length() + " characters").isEqualTo(body.plain());
        }
    }

    @Test
    void compressesThePiecesOnceAndTheRestSmall() {
        String page = "<html>" + questions.placeholder() + "</html>";

        byte[] compressed =
                PageBody.of(page, List.of(questions), StandardCharsets.UTF_8).gzip();

        assertThat(compressed.length).isLessThan(questions.html().length() / 10);
    }

    @Test
    void encodesThePiecesInThePagesCharsetWhenItIsNotUtf8() {
        PreRenderedHtml latin = new PreRenderedHtml("<footer>Über uns</footer>");
        String page = "<p>" + latin.placeholder() + "</p>";

        byte[] plain =
                PageBody.of(page, List.of(latin), StandardCharsets.ISO_8859_1).plain();

        assertThat(plain).isEqualTo("<p><footer>Über uns</footer></p>".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void leavesAPageWithoutPlaceholdersAsItIs() throws IOException {
        PageBody body = PageBody.of("<p>nothing pre-rendered</p>", List.of(questions), StandardCharsets.UTF_8);

        assertThat(new String(gunzip(body.gzip()), StandardCharsets.UTF_8)).isEqualTo("<p>nothing pre-rendered</p>");
    }

    private static String repeated(String line) {
        return line.repeat(20 * 1024 / line.length() + 1);
    }

    /** As a browser reads it: GZIPInputStream checks the CRC-32 and the length as well. */
    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
