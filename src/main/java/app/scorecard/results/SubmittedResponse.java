package app.scorecard.results;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted response as the results take it in: which response it is (an id the result records, never shown), who
 * gave it (by kind, never by name), the answers, the comments, and the scores stored with it when it was submitted.
 *
 * @param values question key to 1–5, or {@code null} for "not applicable / don't know"; a question left out was not
 *     answered
 * @param targets question key to the target 1–5 for a year from now, or {@code null} for "not applicable / don't
 *     know"; empty when the round asks no targets
 */
public record SubmittedResponse(
        long id,
        RespondentKind kind,
        Map<String, Integer> values,
        List<String> comments,
        ResponseScores scores,
        Map<String, Integer> targets) {

    public SubmittedResponse {
        values = Collections.unmodifiableMap(new HashMap<>(values));
        comments = List.copyOf(comments);
        targets = Collections.unmodifiableMap(new HashMap<>(targets));
    }

    /** A response to a round that asks no targets. */
    public SubmittedResponse(
            long id, RespondentKind kind, Map<String, Integer> values, List<String> comments, ResponseScores scores) {
        this(id, kind, values, comments, scores, Map.of());
    }
}
