package app.scorecard.web.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page rendered whole, then sent in one write with its length — gzip-compressed when the browser accepts it.
 * Tomcat's own compression ({@code server.compression}, kept for stylesheets, JSON and CSV) deflates the stream as it
 * is written at level 6 and flushes twice: a fifth of the questionnaire page's CPU went into it. Pages are small and
 * repetitive, so level 1 makes them barely larger at a third of the cost, and {@link PreRenderedHtml} pieces in the
 * model go out compressed once and for all (the 21-question questionnaire travels as 6.1 KB). A page that fails
 * while rendering sends nothing half-done: the error page replaces it.
 */
class CompressedPageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        RenderedPage page = new RenderedPage(
                response, acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING)), preRendered(model));
        super.render(model, request, page);
        page.send();
    }

    private static List<PreRenderedHtml> preRendered(Map<String, ?> model) {
        List<PreRenderedHtml> pieces = new ArrayList<>(1);
        for (Object value : model.values()) {
            if (value instanceof PreRenderedHtml piece) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** Whether an {@code Accept-Encoding} list names gzip (or any coding) without refusing it with {@code q=0}. */
    static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
        while (acceptEncoding.hasMoreElements()) {
            for (String coding : acceptEncoding.nextElement().split(",")) {
                String[] parts = coding.split(";");
                String name = parts[0].trim();
                if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                    return !refused(parts);
                }
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
