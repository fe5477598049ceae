package app.scorecard.comparison.internal;

import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.ScoreStat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two finished rounds, category by category and question by question. Rounds on different versions of a set
 * are matched by the stable keys of categories and questions; what is in only one of them is listed as added or
 * removed, never dropped. Plain Java: the same inputs always give the same comparison.
 */
public final class RoundComparer {

    private final ChangeRule rule = new ChangeRule();

    /** @param first and {@code second} in any order: the earlier one becomes "before" */
    public RoundComparison compare(
            FinishedRound first,
            QuestionSetDefinition firstVersion,
            FinishedRound second,
            QuestionSetDefinition secondVersion) {
        boolean inOrder = !second.finishedAt().isBefore(first.finishedAt());
        FinishedRound before = inOrder ? first : second;
        FinishedRound after = inOrder ? second : first;
        QuestionSetDefinition beforeVersion = inOrder ? firstVersion : secondVersion;
        QuestionSetDefinition afterVersion = inOrder ? secondVersion : firstVersion;

        Map<String, String> beforeCategories = new LinkedHashMap<>();
        beforeVersion.categories().forEach(c -> beforeCategories.put(c.key(), c.name()));
        Map<String, String> afterCategories = new LinkedHashMap<>();
        afterVersion.categories().forEach(c -> afterCategories.put(c.key(), c.name()));

        return new RoundComparison(
                before,
                after,
                rule.between(before.overallStat(), after.overallStat()),
                rows(beforeCategories, afterCategories, before.categories(), after.categories()),
                itemRows(beforeVersion, afterVersion, before.items(), after.items()),
                targets(before, after, beforeCategories, afterCategories));
    }

    /** Only where both rounds asked targets and both are shown; categories present in both. */
    private static TargetProgress targets(
            FinishedRound before,
            FinishedRound after,
            Map<String, String> beforeCategories,
            Map<String, String> afterCategories) {
        if (!before.withTargets() || !after.withTargets() || !before.shown() || !after.shown()) {
            return null;
        }
        List<TargetProgress.Step> categories = new ArrayList<>();
        afterCategories.forEach((key, name) -> {
            if (beforeCategories.containsKey(key)) {
                categories.add(new TargetProgress.Step(
                        key,
                        name,
                        score(before.categories().get(key)),
                        before.categoryTargets().get(key),
                        score(after.categories().get(key)),
                        after.categoryTargets().get(key)));
            }
        });
        TargetProgress.Step overall = new TargetProgress.Step(
                "overall", "", before.overall(), before.target(), after.overall(), after.target());
        return new TargetProgress(overall, categories);
    }

    private static BigDecimal score(ScoreStat stat) {
        return stat == null ? null : stat.score();
    }

    /**
     * Questions are matched by key, and compared only while their meaning holds: a rewording marked as breaking the
     * trend lists the earlier and the later wording apart, each without a change.
     */
    private List<ComparisonRow> itemRows(
            QuestionSetDefinition beforeVersion,
            QuestionSetDefinition afterVersion,
            Map<String, ScoreStat> beforeScores,
            Map<String, ScoreStat> afterScores) {
        Map<String, QuestionDefinition> beforeItems = new LinkedHashMap<>();
        beforeVersion.questions().forEach(q -> beforeItems.put(q.key(), q));
        Map<String, QuestionDefinition> afterItems = new LinkedHashMap<>();
        afterVersion.questions().forEach(q -> afterItems.put(q.key(), q));
        List<ComparisonRow> rows = new ArrayList<>();
        afterItems.forEach((key, question) -> {
            QuestionDefinition earlier = beforeItems.get(key);
            if (earlier == null) {
                rows.add(new ComparisonRow(
                        key, question.text(), Presence.ADDED, rule.between(null, afterScores.get(key))));
            } else if (question.comparableWith(earlier)) {
                rows.add(new ComparisonRow(
                        key,
                        question.text(),
                        Presence.BOTH,
                        rule.between(beforeScores.get(key), afterScores.get(key))));
            } else {
                rows.add(new ComparisonRow(
                        key, earlier.text(), Presence.REWORDED_BEFORE, rule.between(beforeScores.get(key), null)));
                rows.add(new ComparisonRow(
                        key, question.text(), Presence.REWORDED_AFTER, rule.between(null, afterScores.get(key))));
            }
        });
        beforeItems.forEach((key, question) -> {
            if (!afterItems.containsKey(key)) {
                rows.add(new ComparisonRow(
                        key, question.text(), Presence.REMOVED, rule.between(beforeScores.get(key), null)));
            }
        });
        return rows;
    }

    private List<ComparisonRow> rows(
            Map<String, String> beforeNames,
            Map<String, String> afterNames,
            Map<String, ScoreStat> beforeScores,
            Map<String, ScoreStat> afterScores) {
        List<ComparisonRow> rows = new ArrayList<>();
        afterNames.forEach((key, name) -> {
            boolean inBoth = beforeNames.containsKey(key);
            rows.add(new ComparisonRow(
                    key,
                    name,
                    inBoth ? Presence.BOTH : Presence.ADDED,
                    rule.between(inBoth ? beforeScores.get(key) : null, afterScores.get(key))));
        });
        beforeNames.forEach((key, name) -> {
            if (!afterNames.containsKey(key)) {
                rows.add(new ComparisonRow(key, name, Presence.REMOVED, rule.between(beforeScores.get(key), null)));
            }
        });
        return rows;
    }
}
