package app.scorecard.assessment.web;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.AnswerScoring;
import app.scorecard.results.ScorecardReport;
import app.scorecard.scoring.Ambition;
import app.scorecard.scoring.Scorecard;
import app.scorecard.web.errors.FieldProblem;
import app.scorecard.web.errors.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Scores answers without storing anything: the scoring rules as a service for integrations. With targets beside the
 * answers ("where we want to be"), the targets are scored alike and the ambition gaps come with the answer.
 */
@RestController
@Tag(name = "Scoring", description = "The scoring rules as a service: answers in, a scorecard out, nothing stored.")
class ScoreApiController {

    private final QuestionBank questionBank;
    private final AnswerScoring scoring;

    ScoreApiController(QuestionBank questionBank, AnswerScoring scoring) {
        this.questionBank = questionBank;
        this.scoring = scoring;
    }

    /**
     * An unknown question set is a 404. Without a version the latest published one is scored; a given version may
     * also be a retired one, as stored results point at such versions. Anything else wrong — fields, values, an unknown version or question key — is
     * one 400 that names every offending field.
     */
    @PostMapping(
            path = "/api/v1/score",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Score answers without storing them",
            description = "Answers are 1 to 5 or null (not applicable / don't know). With targets, the targets are"
                    + " scored alike and the ambition gaps come with the answer.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ScoreRequest.Described.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "answers",
                                                            value =
                                                                    "{\"questionSet\": \"serve\", \"answers\":"
                                                                            + " {\"serve-by-choice\": 4, \"enjoy-serving\": null}}"))))
    @ApiResponse(
            responseCode = "200",
            description = "The scorecard; with targets, also the target's scores and the ambition gaps.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = TargetedScoreResponse.class)))
    @ApiResponse(
            responseCode = "400",
            description = "Fields, values, an unknown version or question key: every offending field in errors.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem"),
                            examples =
                                    @ExampleObject(
                                            name = "invalid",
                                            value = "{\"type\": \"about:blank\", \"title\": \"Invalid request\","
                                                    + " \"status\": 400, \"detail\": \"One field of the request is not"
                                                    + " valid.\", \"instance\": \"/api/v1/score\", \"errors\":"
                                                    + " [{\"field\": \"answers.serve-by-choice\", \"message\": \"must"
                                                    + " be a whole number from 1 to 5, or null\"}]}")))
    @ApiResponse(
            responseCode = "404",
            description = "No released question set with this key.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    Object score(@RequestBody JsonNode body) {
        ScoreRequest request = ScoreRequest.read(body);
        List<FieldProblem> problems = new ArrayList<>(request.problems());
        Optional<QuestionSetDefinition> definition = Optional.empty();
        if (request.questionSet() != null && request.versionGiven()) {
            definition = questionBank.findVersion(request.questionSet(), request.version());
            if (definition.isEmpty()) {
                questionBank.requireReleased(request.questionSet());
                problems.add(new FieldProblem(
                        "version",
                        "question set '" + request.questionSet() + "' has no released version " + request.version()));
            }
        } else if (request.questionSet() != null) {
            definition = Optional.of(questionBank.latestPublished(request.questionSet()));
        }
        definition.ifPresent(version -> {
            unknownKeys("answers", request.answers(), version, problems);
            if (request.targets() != null) {
                unknownKeys("targets", request.targets(), version, problems);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        QuestionSetDefinition version = definition.orElseThrow();
        Scorecard today = scoring.scorecard(version, request.answers());
        ScorecardReport report = AnswerScoring.report(version, today);
        if (request.targets() == null) {
            return ScoreResponse.of(report);
        }
        Scorecard target = scoring.scorecard(version, request.targets());
        return TargetedScoreResponse.of(report, target, Ambition.between(today, target));
    }

    private static void unknownKeys(
            String field, Map<String, Integer> values, QuestionSetDefinition version, List<FieldProblem> problems) {
        values.keySet().stream()
                .filter(key -> version.question(key).isEmpty())
                .sorted()
                .forEach(key -> problems.add(new FieldProblem(
                        field + "." + key,
                        "is not a question of '" + version.key() + "' version " + version.version())));
    }
}
