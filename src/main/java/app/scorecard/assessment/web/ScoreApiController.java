package app.scorecard.assessment.web;

import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.AnswerScoring;
import app.scorecard.results.ScorecardReport;
import app.scorecard.scoring.Ambition;
import app.scorecard.scoring.Scorecard;
import app.scorecard.web.FieldProblem;
import app.scorecard.web.InvalidRequestException;
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
