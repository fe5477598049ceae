package app.scorecard.webhook.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * POSTs one delivery: HTTP/1.1, at most {@code connect-timeout} to connect and {@code read-timeout} for the whole answer,
 * redirects never followed (a 3xx is a failure: following one could lead anywhere, past the address check). What
 * went wrong is told without the URL, which may carry a token of the receiver's.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookClient {

    /** The answer: its status, or why there was none. */
    record Answer(@Nullable Integer status, @Nullable String error) {

        boolean success() {
            return status != null && status >= 200 && status < 300;
        }

        /** Why it is not a success, in a few words; {@code null} for a success. */
        @Nullable
        String problem() {
            if (success()) {
                return null;
            }
            if (status == null) {
                return error;
            }
            return status >= 300 && status < 400 ? "redirect refused (HTTP " + status + ")" : "HTTP " + status;
        }
    }

    private final SingletonSupplier<HttpClient> http;
    private final Duration readTimeout;

    WebhookClient(WebhookProperties properties) {
        // Built for the first delivery, not at start: its TLS set-up (reading the trust store) and selector thread took
        // 37-254 ms of the starts measured on two CPUs, and most installations never send a webhook.
        this.http = SingletonSupplier.of(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .build());
        this.readTimeout = properties.readTimeout();
    }

    Answer post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).timeout(readTimeout).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<Void>> sent =
                http.obtain().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        try {
            // the request's own timeout ends waiting for the headers; this also ends a body that trickles in forever
            HttpResponse<Void> response = sent.get(readTimeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), null);
        } catch (TimeoutException e) {
            sent.cancel(true);
            return new Answer(null, "no answer in time");
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        } catch (ExecutionException e) {
            return new Answer(null, describe(e.getCause()));
        }
    }

    private static String describe(@Nullable Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect in time";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof IOException) {
            return "connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        return "failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }
}
