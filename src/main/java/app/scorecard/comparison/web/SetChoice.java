package app.scorecard.comparison.web;

import app.scorecard.questionbank.QuestionSetSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which question set a page about many teams opens on. */
final class SetChoice {

    private SetChoice() {}

    /**
     * The set asked for when it is one of the sets; otherwise the set a team round last finished on, so the page opens
     * on data; the first set when there is none; empty without sets.
     */
    static String of(String asked, List<QuestionSetSummary> sets, Map<String, Instant> latestFinish) {
        if (asked != null && sets.stream().anyMatch(set -> set.key().equals(asked))) {
            return asked;
        }
        return sets.stream()
                .filter(candidate -> latestFinish.containsKey(candidate.key()))
                .max(Comparator.comparing(candidate -> latestFinish.get(candidate.key())))
                .or(() -> sets.stream().findFirst())
                .map(QuestionSetSummary::key)
                .orElse("");
    }
}
