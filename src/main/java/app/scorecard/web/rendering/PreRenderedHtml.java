package app.scorecard.web.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;

/**
 * A piece of HTML rendered once and kept ready to send many times: as UTF-8, and compressed. A page puts it in its
 * model and writes its {@link #placeholder()} where it belongs ({@code th:utext}); the page's view sends the piece
 * there — already compressed when the page is, so the bulk of a page that never changes is not compressed again
 * for every request (a third of the questionnaire view's CPU was compressing and encoding it).
 */
public final class PreRenderedHtml {

    private static final AtomicLong PIECES = new AtomicLong();

    private final String html;
    private final String placeholder;
    private final byte[] utf8;
    private final byte[] deflated;

    public PreRenderedHtml(String html) {
        this.html = html;
        // a comment: nothing a person typed can produce one, since every text is escaped
        this.placeholder = "<!--pre-rendered " + PIECES.incrementAndGet() + "-->";
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
        this.deflated = deflate(utf8);
    }

    /** What the page writes where the piece belongs. */
    public String placeholder() {
        return placeholder;
    }

    public String html() {
        return html;
    }

    byte[] utf8() {
        return utf8;
    }

    /**
     * Complete deflate blocks of the piece, none of them final, ending on a byte boundary and referring to nothing
     * before it: they can stand between any other such blocks of a deflate stream (RFC 1951).
     */
    byte[] deflated() {
        return deflated;
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
            deflater.setInput(bytes);
            PageBody.syncFlush(deflater, out, new byte[8 * 1024]);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
