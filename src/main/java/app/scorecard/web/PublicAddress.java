package app.scorecard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address people open the app at, for every link the app writes into a page, a CSV or a mail:
 * {@code scorecard.base-url} (SCORECARD_BASE_URL) when set — whatever {@code Host} a request names. Unset, a link
 * repeats the address of the request it answers: its {@code Host}, or what a trusted proxy forwarded (the
 * container's forwarded-header handling never takes it from anyone else). Production sets it.
 */
@Component
public class PublicAddress {

    private final String baseUrl;

    PublicAddress(@Value("${scorecard.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    /** The absolute URL of a path of this app (e.g. {@code /i/}), for the request under way. */
    public String of(String path) {
        if (!baseUrl.isEmpty()) {
            return baseUrl + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /**
     * The absolute URL of a path for something that leaves the app away from a page (a webhook's event): the configured
     * base URL, else the address of the request under way, else {@code null} — a scheduled job, with no base URL set,
     * has no address to give.
     */
    public @Nullable String outsideRequests(String path) {
        if (!baseUrl.isEmpty()) {
            return baseUrl + path;
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes ? of(path) : null;
    }

    /** Whether {@code scorecard.base-url} is set, so that links made away from any request have an address. */
    public boolean configured() {
        return !baseUrl.isEmpty();
    }

    /**
     * The app's root for a description read outside any one request (the API's server): the configured base URL, or
     * {@code /}, which a reader resolves against the address it read the description from.
     */
    String root() {
        return baseUrl.isEmpty() ? "/" : baseUrl;
    }
}
