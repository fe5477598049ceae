package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.scorecard.account.internal.ApiTokens;
import app.scorecard.support.DemoPeople;
import app.scorecard.support.HttpSignIn;
import app.scorecard.support.ScorecardIntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI description: complete (every {@code /api/v1} route the application maps, and no other), valid
 * OpenAPI 3.1 by swagger-parser, problems described on every call, and enough to call the API from it alone — a client
 * that knows nothing but the description scores answers over real HTTP.
 */
@ScorecardIntegrationTest
class OpenApiTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPeople people;

    @Autowired
    ApiTokens tokens;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final JsonMapper json = JsonMapper.builder().build();

    private String description;

    @BeforeEach
    void readTheDescription() throws Exception {
        description = mvc.perform(get("/v3/api-docs").with(people.as("member")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void describesEveryApiRouteTheApplicationMapsAndNoOther() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(apiRoutes(info)));
        Set<String> described = new TreeSet<>();
        json.readTree(description)
                .get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> described.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(mapped).hasSizeGreaterThanOrEqualTo(9);
        assertThat(described).isEqualTo(mapped);
    }

    /**
     * {@code docs/openapi.json} is the description the app serves, byte for byte: it is what the generated client in
     * the tests is made from and what an integrator can read without running the app. When the API changes, this test
     * writes the new description there and fails once, so that the change is seen and committed.
     */
    @Test
    void theCommittedDescriptionIsTheOneServed() throws Exception {
        Path committed = Path.of("docs/openapi.json");
        String served = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(description)) + "\n";
        String before = Files.exists(committed) ? Files.readString(committed) : "";
        if (!served.equals(before)) {
            Files.writeString(committed, served);
        }

        assertThat(before.equals(served))
                .as("docs/openapi.json was not the description served; it has been rewritten: review and commit it")
                .isTrue();
    }

    @Test
    void isValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(description, null, options);

        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("bearerToken", "basic");
    }

    @Test
    void everyCallDescribesWhatItAnswersOnSuccess() {
        List<String> missing = new ArrayList<>();
        json.readTree(description)
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    boolean described = operation.getValue().get("responses").properties().stream()
                            .anyMatch(response -> response.getKey().startsWith("2")
                                    && response.getValue().path("content").properties().stream()
                                            .allMatch(media -> media.getValue().has("schema"))
                                    && !response.getValue().path("content").isEmpty());
                    if (!described) {
                        missing.add(operation.getKey() + " " + path.getKey());
                    }
                }));

        assertThat(missing).isEmpty();
        JsonNode schemas = json.readTree(description).at("/components/schemas");
        assertThat(schemas.at("/Scorecard/properties/categories/items/$ref").asString())
                .isEqualTo("#/components/schemas/CategoryScore");
        assertThat(schemas.at("/CategoryScore/properties").propertyNames()).contains("target");
        assertThat(schemas.at("/ScoreRequest/properties/answers/additionalProperties/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Answer");
    }

    @Test
    void everyCallDescribesItsProblemsAsProblemJson() {
        List<String> missing = new ArrayList<>();
        json.readTree(description)
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode responses = operation.getValue().get("responses");
                    for (String status : List.of("401", "403", "500", "503")) {
                        JsonNode problem =
                                responses.path(status).path("content").path("application/problem+json");
                        if (!problem.path("schema").path("$ref").asString("").endsWith("/Problem")) {
                            missing.add(operation.getKey() + " " + path.getKey() + " " + status);
                        }
                    }
                }));

        assertThat(missing).isEmpty();
        JsonNode score = json.readTree(description).at("/paths/~1api~1v1~1score/post/responses");
        assertThat(score.propertyNames()).contains("200", "400", "404");
        assertThat(score.at("/400/content/application~1problem+json/examples/invalid/value/errors/0/field")
                        .asString())
                .isEqualTo("answers.serve-by-choice");
    }

    /**
     * A client made from the description alone: the server, path, method, media type, body (the description's own
     * example) and the way to sign in all come from it, over real HTTP with a personal token.
     */
    @Test
    void aClientThatKnowsOnlyTheDescriptionScoresAnswers() throws Exception {
        String base = "http://localhost:" + port;
        HttpClient signedIn = HttpSignIn.as(base, "member");
        JsonNode api = json.readTree(signedIn.send(
                        HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        // The server may be relative ("/"): it is read against the address the description came from.
        String server = URI.create(base + "/v3/api-docs")
                .resolve(api.at("/servers/0/url").asString())
                .toString()
                .replaceAll("/$", "");
        JsonNode operation = api.at("/paths/~1api~1v1~1score/post");
        Map.Entry<String, JsonNode> media =
                operation.at("/requestBody/content").properties().iterator().next();
        JsonNode example = media.getValue()
                .at("/examples")
                .properties()
                .iterator()
                .next()
                .getValue()
                .get("value");
        JsonNode schema = api.at(media.getValue().at("/schema/$ref").asString().substring(1));
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(field -> required.add(field.asString()));
        JsonNode scheme = api.at("/components/securitySchemes/" + firstSecurityScheme(api));
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(example.propertyNames()).containsAll(required);

        String secret =
                tokens.create(people.id("member"), "generated client", null).secret();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server + "/api/v1/score"))
                                .header("Content-Type", media.getKey())
                                .header(
                                        "Authorization",
                                        capitalized(scheme.get("scheme").asString()) + " " + secret)
                                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(example)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("questionSet").asString()).isEqualTo("serve");
    }

    @Test
    void theDescriptionAndSwaggerUiAreForSignedInPeople() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui/index.html").with(people.as("member"))).andExpect(status().isOk());
    }

    private static String firstSecurityScheme(JsonNode api) {
        return api.at("/security/0").propertyNames().iterator().next();
    }

    private static String capitalized(String scheme) {
        return Character.toUpperCase(scheme.charAt(0)) + scheme.substring(1);
    }

    private static List<String> apiRoutes(RequestMappingInfo info) {
        List<String> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/v1/")) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(method + " " + pattern);
                }
            }
        }
        return routes;
    }
}
