import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run's visitor (docker/train.sh): waits for the application to be ready, then does what the first
 * people of a day do — opens the sign-in page, signs in, reads the main pages, the question bank, the API description,
 * and scores answers through the API — so that the JDK AOT cache recorded meanwhile holds the classes and profiles
 * those requests need, not only the start's. Exits 1, naming the step, when anything answers other than expected.
 *
 * <p>Usage: {@code java Training <base URL> <username> <password>}, or {@code java Training --ready-only <base URL>}
 * to wait for readiness only (docker/smoke.sh).
 */
public final class Training {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** Signed-in pages, each read a few times so that their hot paths get compiled too. */
    private static final List<String> PAGES = List.of(
            "/", "/teams", "/heatmap", "/organisation", "/admin/question-sets", "/admin/question-sets/serve",
            "/admin/question-sets/outstanding-service-foundations", "/accounts", "/account/tokens", "/admin/schedules",
            "/v3/api-docs");

    private static final String SCORE = """
            {"questionSet": "serve", "answers": {"serve-by-choice": 4, "enjoy-serving": null}}""";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--ready-only")) {
            waitUntilReady(HttpClient.newHttpClient(), args[1]);
            return;
        }
        String base = args[0];
        String username = args[1];
        String password = args[2];
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(2))
                .build();

        waitUntilReady(http, base);
        for (int round = 0; round < 3; round++) {
            String login = expect(http, get(base + "/login"), 200, "the sign-in page");
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                fail("the sign-in page has no CSRF field");
            }
            String form = "username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf="
                    + encoded(token.group(1));
            expect(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 302, "signing in");
            for (String page : PAGES) {
                expect(http, get(base + page), 200, page);
            }
            String basic = Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            expect(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/score"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SCORE)).build(), 200, "scoring through the API");
            expect(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/question-sets"))
                    .header("Authorization", "Basic " + basic).build(), 200, "the question sets through the API");
        }
        System.out.println("Training: " + 3 * (PAGES.size() + 4) + " requests answered as expected");
    }

    private static void waitUntilReady(HttpClient http, String base) throws InterruptedException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            try {
                if (http.send(get(base + "/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // The server is not listening yet.
            }
            Thread.sleep(100);
        }
        fail("the application was not ready within 120 s");
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    }

    private static String expect(HttpClient http, HttpRequest request, int status, String what) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            fail(what + " answered " + response.statusCode() + " instead of " + status);
        }
        return response.body();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void fail(String reason) {
        System.err.println("Training: " + reason);
        System.exit(1);
    }
}
