package app.scorecard.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.assessment.Rounds;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HttpSignIn;
import app.scorecard.support.ScorecardIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Pages compressed by their view, once, with their length; everything else still by the server; through real HTTP. */
@ScorecardIntegrationTest
class CompressedPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPeople people;

    @Autowired
    Rounds rounds;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sendsAPageGzippedWithItsLengthAndTheSameMarkupAsUncompressed() throws Exception {
        HttpResponse<byte[]> compressed = get("/login", "gzip, deflate, br");
        HttpResponse<byte[]> plain = get("/login", null);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(compressed.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(compressed.body().length));
        assertThat(compressed.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(compressed.headers().allValues("Vary")).contains("Accept-Encoding");
        String page = new String(gunzip(compressed.body()), StandardCharsets.UTF_8);
        assertThat(page).contains("<form").contains("name=\"username\"").contains("</html>");
        assertThat(compressed.body().length).isLessThan(page.length());

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Length")).hasValue(String.valueOf(plain.body().length));
        assertThat(withoutTokens(new String(plain.body(), StandardCharsets.UTF_8)))
                .isEqualTo(withoutTokens(page));
    }

    @Test
    void sendsTheQuestionnaireWithItsPreRenderedQuestionsTheSameGzippedOrNot() throws Exception {
        long draft = rounds.startSelfAssessment(
                people.id("manager"), people.customerCare().id(), "promote-excellence", "Compressed");
        HttpClient manager = HttpSignIn.as("http://localhost:" + port, "manager");
        URI page = URI.create("http://localhost:" + port + "/responses/" + draft);

        HttpResponse<byte[]> compressed = manager.send(
                HttpRequest.newBuilder(page).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain =
                manager.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(compressed.headers().allValues("Content-Encoding")).containsExactly("gzip");
        String unpacked = new String(gunzip(compressed.body()), StandardCharsets.UTF_8);
        assertThat(unpacked).contains("name=\"choices[").doesNotContain("<!--pre-rendered");
        assertThat(withoutTokens(unpacked)).isEqualTo(withoutTokens(new String(plain.body(), StandardCharsets.UTF_8)));
        assertThat(compressed.body().length).isLessThan(plain.body().length / 5);
    }

    @Test
    void sendsThePageUncompressedToABrowserRefusingGzip() throws Exception {
        for (String refusal : new String[] {"gzip;q=0", "identity", "br, gzip; q=0.0"}) {
            HttpResponse<byte[]> response = get("/login", refusal);

            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(refusal)
                    .isEmpty();
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .as(refusal)
                    .contains("<form");
        }
    }

    @Test
    void leavesStylesheetsToTheServersOwnCompression() throws Exception {
        HttpResponse<byte[]> stylesheet = get("/css/app.css", "gzip");

        assertThat(stylesheet.headers().allValues("Content-Encoding")).containsExactly("gzip");
        assertThat(new String(gunzip(stylesheet.body()), StandardCharsets.UTF_8))
                .contains("{");
    }

    @Test
    void readsWhichCodingsABrowserAccepts() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("deflate, GZIP;q=0.5")).isTrue();
        assertThat(accepts("br", "gzip")).isTrue();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts()).isFalse();
        assertThat(accepts("br, deflate")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.000")).isFalse();
        assertThat(accepts("gzip;q=nonsense")).isFalse();
        assertThat(accepts("x-gzip")).isFalse();
    }

    private static boolean accepts(String... headers) {
        return CompressedPageView.acceptsGzip(Collections.enumeration(List.of(headers)));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    /** Each request gets its own form token, and each questionnaire form its own submission id. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"(_csrf|submissionId)\" value=\"[^\"]*\"", "name=\"$1\"");
    }
}
