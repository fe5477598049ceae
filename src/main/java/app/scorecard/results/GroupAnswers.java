package app.scorecard.results;

import app.scorecard.scoring.ItemTally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Several people's answers taken together, with nothing left that says who gave which: per question a tally for the
 * scoring rules and the count of each answer, and the comments in a shuffled order.
 */
final class GroupAnswers {

    private final Map<String, ItemTally> tallies = new HashMap<>();
    private final Map<String, long[]> counts = new HashMap<>();
    private final List<String> comments = new ArrayList<>();

    private GroupAnswers() {}

    static GroupAnswers of(Collection<SubmittedResponse> responses, Random shuffle) {
        GroupAnswers group = new GroupAnswers();
        for (SubmittedResponse response : responses) {
            response.values().forEach(group::add);
            group.comments.addAll(response.comments());
        }
        Collections.shuffle(group.comments, shuffle);
        return group;
    }

    /** Per question, the tally of the targets given (N/A left out): what a team's target is scored on. */
    static Map<String, ItemTally> targetTallies(Collection<SubmittedResponse> responses) {
        Map<String, ItemTally> tallies = new HashMap<>();
        for (SubmittedResponse response : responses) {
            response.targets().forEach((key, value) -> {
                if (value != null) {
                    tallies.merge(key, ItemTally.of(value), (a, b) -> new ItemTally(a.sum() + b.sum(), a.count() + 1));
                }
            });
        }
        return tallies;
    }

    private void add(String key, Integer value) {
        long[] perPoint = counts.computeIfAbsent(key, k -> new long[6]);
        if (value != null) {
            tallies.merge(key, ItemTally.of(value), (a, b) -> new ItemTally(a.sum() + b.sum(), a.count() + 1));
            perPoint[value]++;
        } else {
            perPoint[0]++;
        }
    }

    Map<String, ItemTally> tallies() {
        return Collections.unmodifiableMap(tallies);
    }

    /** How many chose each point: index 1–5 for the scale, index 0 for "not applicable / don't know". */
    long[] counts(String questionKey) {
        return counts.getOrDefault(questionKey, new long[6]).clone();
    }

    List<String> comments() {
        return Collections.unmodifiableList(comments);
    }
}
