package app.scorecard.comparison.web;

import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's finished rounds of one question set and one kind — the only rounds that belong on one trend line or side by
 * side in a comparison: a manager's self-assessment is one person's view, a team round many people's.
 *
 * @param newestFirst at least one round
 */
record RoundGroup(String setKey, RoundMode mode, String setTitle, List<FinishedRound> newestFirst) {

    /** The groups of these rounds (newest first), ordered by their newest round. */
    static List<RoundGroup> of(List<FinishedRound> newestFirst) {
        Map<String, List<FinishedRound>> groups = new LinkedHashMap<>();
        for (FinishedRound round : newestFirst) {
            groups.computeIfAbsent(round.setKey() + "\u0000" + round.mode(), key -> new ArrayList<>())
                    .add(round);
        }
        return groups.values().stream()
                .map(rounds -> new RoundGroup(
                        rounds.get(0).setKey(),
                        rounds.get(0).mode(),
                        rounds.get(0).setTitle(),
                        List.copyOf(rounds)))
                .toList();
    }

    /** The same rounds, oldest first, as a trend reads them. */
    List<FinishedRound> oldestFirst() {
        List<FinishedRound> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    boolean comparable() {
        return newestFirst.size() >= 2;
    }

    static boolean sameGroup(FinishedRound one, FinishedRound other) {
        return one.setKey().equals(other.setKey()) && one.mode() == other.mode();
    }
}
