package app.scorecard.web.rendering;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Reports as PDF: an XHTML template under {@code templates/pdf/} filled like a page, then laid out on A4 pages by
 * openhtmltopdf in the fonts the app carries (DejaVu Sans, embedded as subsets, so every machine renders the same),
 * tagged for screen readers (PDF/UA) with the document's title and language. Nothing is fetched while rendering: the
 * stylesheet is written into the document and every other resource is refused.
 */
@Component
public class PdfReports {

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final int MAX_FILE_NAME = 100;

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;
    private final String style;
    // Read for the first report, not at every start: 1.4 MB of heap that an instance making no reports never needs.
    private final SingletonSupplier<byte[]> regular = SingletonSupplier.of(() -> read("fonts/DejaVuSans.ttf"));
    private final SingletonSupplier<byte[]> bold = SingletonSupplier.of(() -> read("fonts/DejaVuSans-Bold.ttf"));
    /** The fonts' metrics, read at the first rendering and shared by all (a thread-safe store). */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    static {
        XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    PdfReports(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.beans = new ThymeleafEvaluationContext(context, null);
        this.style = new String(read("pdf/report.css"), StandardCharsets.UTF_8);
    }

    /**
     * The report as a download in the request's language: {@code application/pdf}, an attachment under a plain ASCII
     * name, and never kept by a browser or a proxy, since results are private.
     *
     * @param nameParts what the file name says, e.g. the team and the round; see {@link #fileName(String...)}
     */
    public ResponseEntity<byte[]> download(String template, Map<String, ?> model, String... nameParts) {
        byte[] pdf = render(template, model, LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(nameParts))
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /** The template filled with the model, in the locale, as a PDF. */
    byte[] render(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale, new HashMap<>(model));
        context.setVariable("pdfStyle", style);
        context.setVariable("pdfLanguage", locale.toLanguageTag());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useSVGDrawer(new BatikSVGDrawer())
                    .useFont(() -> new ByteArrayInputStream(regular.obtain()), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold.obtain()), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Excellence Scorecard")
                    .withHtmlContent(xhtml, "about:blank")
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * A file name every system and mail client takes: the parts' letters and digits in ASCII (accents dropped, "Q4
     * foundations" becomes {@code q4-foundations}), joined by hyphens, lower case, at most 100 characters, ending in
     * {@code .pdf}.
     */
    public static String fileName(String... parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            String ascii = Normalizer.normalize(part == null ? "" : part, Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "")
                    .replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("^-|-$", "")
                    .toLowerCase(Locale.ROOT);
            if (!ascii.isEmpty()) {
                words.add(ascii);
            }
        }
        String name = words.isEmpty() ? "report" : String.join("-", words);
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME).replaceAll("-+$", "");
        }
        return name + ".pdf";
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The app is missing " + path, e);
        }
    }
}
