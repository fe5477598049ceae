package app.scorecard.assessment;

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
public final class GroupAnswers {

    private final Map<String, ItemTally> tallies = new HashMap<>();
    private final Map<String, long[]> counts = new HashMap<>();
    private final List<String> comments = new ArrayList<>();
    private final int responses;

    private GroupAnswers(int responses) {
        this.responses = responses;
    }

    public static GroupAnswers of(Collection<Map<String, Answer>> responses, Random shuffle) {
        GroupAnswers group = new GroupAnswers(responses.size());
        for (Map<String, Answer> answers : responses) {
            answers.forEach(group::add);
        }
        Collections.shuffle(group.comments, shuffle);
        return group;
    }

    private void add(String key, Answer answer) {
        long[] perPoint = counts.computeIfAbsent(key, k -> new long[6]);
        if (answer.value() != null) {
            tallies.merge(key, ItemTally.of(answer.value()), (a, b) -> new ItemTally(a.sum() + b.sum(), a.count() + 1));
            perPoint[answer.value()]++;
        } else if (answer.isNotApplicable()) {
            perPoint[0]++;
        }
        if (answer.comment() != null) {
            comments.add(answer.comment());
        }
    }

    public Map<String, ItemTally> tallies() {
        return Collections.unmodifiableMap(tallies);
    }

    /** How many chose each point: index 1–5 for the scale, index 0 for "not applicable / don't know". */
    public long[] counts(String questionKey) {
        return counts.getOrDefault(questionKey, new long[6]).clone();
    }

    public List<String> comments() {
        return Collections.unmodifiableList(comments);
    }

    public int responses() {
        return responses;
    }
}
