package app.scorecard.assessment.web;

import app.scorecard.scoring.ScoringService;
import app.scorecard.web.errors.FieldProblem;
import app.scorecard.web.errors.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/score}, read by hand from the JSON tree so that every offending field can be named:
 * {@code {"questionSet": key, "version": n (optional), "answers": {questionKey: 1..5 or null}, "targets":
 * {questionKey: 1..5 or null} (optional: where the team wants to be)}}.
 *
 * @param targets {@code null} when the request has none
 */
record ScoreRequest(
        String questionSet,
        Integer version,
        Map<String, Integer> answers,
        Map<String, Integer> targets,
        List<FieldProblem> problems) {

    private static final Set<String> FIELDS = Set.of("questionSet", "version", "answers", "targets");
    static final String VERSION_RULE = "must be a whole number of 1 or more, or left out for the latest";
    private static final String ANSWER_RULE = "must be a whole number from " + ScoringService.MIN_ANSWER + " to "
            + ScoringService.MAX_ANSWER + ", or null for \"not applicable / don't know\"";

    /** What the API description says the body is: read by hand ({@link #read}), so that every problem is named. */
    @Schema(
            name = "ScoreRequest",
            requiredProperties = {"questionSet", "answers"})
    record Described(
            @Schema(description = "The key of a released question set", example = "serve")
            String questionSet,

            @Schema(description = "A released version; the latest when left out", minimum = "1")
            Integer version,

            @Schema(
                    description = "Question key to 1..5, or null for not applicable / don't know",
                    additionalPropertiesSchema = Answer.class)
            Map<String, Integer> answers,

            @Schema(
                    description = "Optional: where the team wants to be, by question key, 1..5 or null",
                    additionalPropertiesSchema = Answer.class)
            Map<String, Integer> targets) {}

    /** One answer or target as the description says it: 1 to 5, or null. */
    @Schema(
            name = "Answer",
            types = {"integer", "null"},
            minimum = "1",
            maximum = "5",
            description = "1 (not at all) to 5 (fully), or null for not applicable / don't know")
    interface Answer {}

    boolean versionGiven() {
        return version != null;
    }

    /**
     * Reads what it can and lists the rest in {@link #problems()}: every field that is unknown, missing, of the wrong
     * type or out of range. The question set may still be looked up when other fields are wrong.
     *
     * @throws InvalidRequestException when the body is not a JSON object at all
     */
    static ScoreRequest read(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "must be a JSON object")));
        }
        for (String field : body.propertyNames()) {
            if (!FIELDS.contains(field)) {
                problems.add(new FieldProblem(field, "is not a known field"));
            }
        }

        JsonNode setNode = body.get("questionSet");
        String questionSet = null;
        if (setNode == null || setNode.isNull()) {
            problems.add(new FieldProblem("questionSet", "is required"));
        } else if (!setNode.isString() || setNode.asString().isBlank()) {
            problems.add(new FieldProblem("questionSet", "must be the key of a question set, as text"));
        } else {
            questionSet = setNode.asString();
        }

        JsonNode versionNode = body.get("version");
        Integer version = null;
        if (versionNode != null && !versionNode.isNull()) {
            if (versionNode.isIntegralNumber() && versionNode.canConvertToInt() && versionNode.asInt() >= 1) {
                version = versionNode.asInt();
            } else {
                problems.add(new FieldProblem("version", VERSION_RULE));
            }
        }

        Map<String, Integer> answers = new HashMap<>();
        JsonNode answersNode = body.get("answers");
        if (answersNode == null || answersNode.isNull()) {
            problems.add(new FieldProblem("answers", "is required: an object of question keys to answers"));
        } else {
            answers = values("answers", answersNode, problems);
        }
        JsonNode targetsNode = body.get("targets");
        Map<String, Integer> targets =
                targetsNode == null || targetsNode.isNull() ? null : values("targets", targetsNode, problems);
        return new ScoreRequest(questionSet, version, answers, targets, problems);
    }

    /** An object of question keys to 1–5 or null, each offending value named as {@code field.key}. */
    private static Map<String, Integer> values(String field, JsonNode node, List<FieldProblem> problems) {
        Map<String, Integer> values = new HashMap<>();
        if (!node.isObject()) {
            problems.add(new FieldProblem(field, "must be an object of question keys to " + field));
            return values;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                values.put(entry.getKey(), null);
            } else if (value.isIntegralNumber()
                    && value.canConvertToInt()
                    && value.asInt() >= ScoringService.MIN_ANSWER
                    && value.asInt() <= ScoringService.MAX_ANSWER) {
                values.put(entry.getKey(), value.asInt());
            } else {
                problems.add(new FieldProblem(field + "." + entry.getKey(), ANSWER_RULE));
            }
        }
        return values;
    }
}
