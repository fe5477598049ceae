package app.scorecard.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The API's OpenAPI 3.1 description at {@code /v3/api-docs} (springdoc reads the {@code /api/v1} controllers), with a
 * Swagger UI for signed-in people at {@code /swagger-ui/index.html}; {@code springdoc.api-docs.enabled} and
 * {@code springdoc.swagger-ui.enabled} turn them off. Here: the two ways to sign in, and the problem responses (RFC
 * 9457) that every call can give — written once, as {@link app.scorecard.web.security.ProblemResponses} and
 * {@link app.scorecard.web.errors.ApiExceptionHandler} answer them, rather than on every controller. A controller describes only the problems of its own (a 404 for an unknown
 * key, a 400 listing fields).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    /**
     * The server is the configured base URL, or {@code /} — never the {@code Host} a request names, and the same
     * description for every reader, so that {@code docs/openapi.json} can be the very document the app serves.
     */
    @Bean
    OpenAPI scorecardApi(PublicAddress address) {
        return new OpenAPI()
                .servers(List.of(new Server().url(address.root())))
                .info(new Info()
                        .title("Excellence Scorecard API")
                        .version("v1")
                        .description("Question sets, teams, rounds and scores for integrations. Sign in with a personal"
                                + " API token (make one on the page \"API tokens\") as Authorization: Bearer, or with"
                                + " HTTP Basic where it is on. Every error is an application/problem+json body"
                                + " (RFC 9457).")
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearerToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token (sct_…), made on the page \"API tokens\"."))
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description(
                                                "Username and password; off where scorecard.api.basic-auth=false."))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .security(List.of(
                        new SecurityRequirement().addList("bearerToken"), new SecurityRequirement().addList("basic")));
    }

    /** Every call can be refused (401, 403), fail on our side (500) or find the database out of reach (503). */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> api.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    ApiResponses responses = operation.getResponses();
                    add(
                            responses,
                            HttpStatus.UNAUTHORIZED,
                            "Missing, wrong, expired or revoked credentials.",
                            unauthorized());
                    add(responses, HttpStatus.FORBIDDEN, "The account may not do this.", null);
                    add(
                            responses,
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            "Something went wrong on our side; the detail quotes a reference.",
                            null);
                    add(
                            responses,
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "The database is out of reach; nothing was changed. Try again after Retry-After seconds.",
                            null);
                    keepProblemsLast(operation);
                }));
    }

    private static void add(ApiResponses responses, HttpStatus status, String description, Example example) {
        String code = Integer.toString(status.value());
        if (responses.containsKey(code)) {
            return;
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
        if (example != null) {
            media.addExamples(status.getReasonPhrase(), example);
        }
        responses.addApiResponse(
                code, new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media)));
    }

    private static void keepProblemsLast(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        operation.setResponses(sorted);
    }

    private static Example unauthorized() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Unauthorized");
        body.put("status", 401);
        body.put(
                "detail",
                "Sign in with an API token (Authorization: Bearer) or HTTP Basic authentication to use the API.");
        body.put("instance", "/api/v1/teams");
        return new Example().value(body);
    }

    private static Schema<?> problemSchema() {
        Schema<Object> fieldProblem = new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The offending field, e.g. answers.trust-1 or a line of a document."))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("A problem detail (RFC 9457).")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("One field of the request is not valid."))
                .addProperty("instance", new StringSchema().example("/api/v1/score"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(fieldProblem)
                                .description("Every offending field, on a 400 about the request's content."))
                .required(List.of("title", "status"));
    }
}
