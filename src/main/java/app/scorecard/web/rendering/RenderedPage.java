package app.scorecard.web.rendering;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The response as a view sees it: what the view writes is kept until {@link #send()}, which hands it to the real
 * response at once, with the model's pre-rendered pieces in place, compressed when the browser accepts gzip and the
 * page is worth compressing.
 * Flushes in between are ignored (nothing is complete yet); a view asking for the byte stream gets the real one.
 */
final class RenderedPage extends HttpServletResponseWrapper {

    /** Below this, compression saves too little to be worth a header and a pass (Tomcat's default threshold). */
    static final int MIN_COMPRESSED_SIZE = 1024;

    private final boolean gzip;
    private final List<PreRenderedHtml> pieces;
    private final StringBuilder text = new StringBuilder(16 * 1024);
    private @Nullable PrintWriter writer;
    private boolean streamed;

    RenderedPage(HttpServletResponse response, boolean gzip, List<PreRenderedHtml> pieces) {
        super(response);
        this.gzip = gzip;
        this.pieces = pieces;
    }

    @Override
    public PrintWriter getWriter() {
        if (streamed) {
            throw new IllegalStateException("getOutputStream() has already been called for this response");
        }
        if (writer == null) {
            writer = new PageWriter(text);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        streamed = true;
        return super.getOutputStream();
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the page is complete
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        text.setLength(0);
    }

    @Override
    public void reset() {
        super.reset();
        text.setLength(0);
    }

    /**
     * Hands the page to the response, compressed if worth it, whole: the container's buffer is made large enough to
     * hold it, so the response is sent — in one write, with its length — only when the request ends, after every
     * filter has added its headers and cookies. (Committed midway, the response would make the session filter store
     * the session there and again at the end, reading it from the database once more.)
     */
    void send() throws IOException {
        if (streamed || writer == null) {
            return;
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        PageBody page = PageBody.of(text.toString(), pieces, Charset.forName(response.getCharacterEncoding()));
        byte[] body;
        if (gzip && page.length() >= MIN_COMPRESSED_SIZE) {
            body = page.gzip();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            body = page.plain();
        }
        // one byte more than the page: the filters' response wrappers take a full buffer for a commit
        response.setBufferSize(body.length + 1);
        response.getOutputStream().write(body);
    }

    /**
     * The writer a view gets. A page is written in thousands of small pieces: they go straight into the text, without
     * the lock a {@link PrintWriter} takes for each (the rarely used methods keep it, and reach the same text).
     */
    private static final class PageWriter extends PrintWriter {

        private final StringBuilder text;

        PageWriter(StringBuilder text) {
            super(new TextWriter(text));
            this.text = text;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            text.append(characters, offset, length);
        }

        @Override
        public void write(char[] characters) {
            text.append(characters);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(int character) {
            text.append((char) character);
        }

        @Override
        public void flush() {}
    }

    private static final class TextWriter extends Writer {

        private final StringBuilder text;

        TextWriter(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            text.append(characters, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int character) {
            text.append((char) character);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
