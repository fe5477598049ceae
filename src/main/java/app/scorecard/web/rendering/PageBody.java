package app.scorecard.web.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A page's body as it is sent: the rendered text with its {@link PreRenderedHtml pre-rendered pieces} in place of
 * their placeholders, as bytes — plain, or gzip-compressed (RFC 1952) with the pieces' blocks taken as they are.
 * The text between pieces is compressed at the fastest level: pages are small and repetitive.
 */
final class PageBody {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    /** Encoded text ({@code byte[]}) and pre-rendered pieces, in page order. */
    private final List<Object> segments;

    private final int length;

    private PageBody(List<Object> segments, int length) {
        this.segments = segments;
        this.length = length;
    }

    static PageBody of(String page, List<PreRenderedHtml> pieces, Charset charset) {
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        List<Object> segments = new ArrayList<>();
        int length = 0;
        int from = 0;
        while (true) {
            PreRenderedHtml next = null;
            int at = -1;
            for (PreRenderedHtml piece : pieces) {
                int found = page.indexOf(piece.placeholder(), from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    next = piece;
                }
            }
            if (next == null) {
                break;
            }
            byte[] before = page.substring(from, at).getBytes(charset);
            segments.add(before);
            length += before.length;
            if (utf8) {
                segments.add(next);
                length += next.utf8().length;
            } else {
                byte[] piece = next.html().getBytes(charset);
                segments.add(piece);
                length += piece.length;
            }
            from = at + next.placeholder().length();
        }
        byte[] rest = page.substring(from).getBytes(charset);
        segments.add(rest);
        return new PageBody(segments, length + rest.length);
    }

    /** How many bytes the page has uncompressed. */
    int length() {
        return length;
    }

    byte[] plain() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        for (Object segment : segments) {
            out.writeBytes(segment instanceof PreRenderedHtml piece ? piece.utf8() : (byte[]) segment);
        }
        return out.toByteArray();
    }

    /**
     * The gzip member: each stretch of text deflated afresh and flushed to a byte boundary, each piece's own blocks
     * between them (they refer to nothing before them), then an empty final block, the CRC-32 and the length.
     */
    byte[] gzip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 4 + 64);
        out.writeBytes(GZIP_HEADER);
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[8 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            for (Object segment : segments) {
                if (segment instanceof PreRenderedHtml piece) {
                    crc.update(piece.utf8());
                    out.writeBytes(piece.deflated());
                } else {
                    byte[] text = (byte[]) segment;
                    crc.update(text);
                    deflater.reset();
                    deflater.setInput(text);
                    syncFlush(deflater, out, buffer);
                }
            }
            deflater.reset();
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        writeLittleEndian(out, crc.getValue());
        writeLittleEndian(out, length);
        return out.toByteArray();
    }

    /** Deflates all of the deflater's input into {@code out}, ending on a byte boundary, the stream left open. */
    static void syncFlush(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
