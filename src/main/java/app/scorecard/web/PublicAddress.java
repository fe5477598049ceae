package app.scorecard.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
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
}
