package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.support.HttpSignIn;
import app.scorecard.support.ScorecardIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors that happen before or outside any controller, seen by a real HTTP client: problem JSON, never a trace. */
@ScorecardIntegrationTest
class ErrorResponseTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answersAnUnknownApiPathWithProblemJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here"))
                .header("Authorization", basic("member"))
                .header("Accept", "application/json"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").contains("\"instance\":\"/api/v1/nothing-here\"");
    }

    @Test
    void answersAWrongMediaTypeWithProblemJsonAndNoTrace() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/score"))
                .header("Authorization", basic("member"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("questionSet=serve")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body())
                .contains("application/json")
                .doesNotContain("trace")
                .doesNotContain("Exception");
    }

    @Test
    void answersAWrongMethodWithProblemJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/score"))
                .header("Authorization", basic("member"))
                .DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"status\":405");
    }

    @Test
    void showsSignedInPeopleErrorPagesNotStackTraces() throws Exception {
        HttpClient signedIn = HttpSignIn.as("http://localhost:" + port, "manager");

        HttpResponse<String> missing = signedIn.send(
                HttpRequest.newBuilder(uri("/rounds/999999"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forbidden = signedIn.send(
                HttpRequest.newBuilder(uri("/accounts"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("<h1>Not found</h1>")
                .contains("Maya Manager")
                .contains("href=\"/heatmap\"") // the layout's navigation, as on any page for a manager
                .doesNotContain("Exception");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("<h1>Not allowed</h1>").doesNotContain("Exception");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return basic(user, user);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
