package app.scorecard.results;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.CalculatedResult.TargetRow;
import app.scorecard.results.CalculatedResult.Targets;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.CategoryTarget;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.results.ScorecardReport.ItemTarget;
import app.scorecard.results.ScorecardReport.TargetProfile;
import app.scorecard.scoring.Ambition;
import app.scorecard.scoring.Ambition.ItemGap;
import app.scorecard.scoring.CategoryScore;
import app.scorecard.scoring.ItemScore;
import app.scorecard.scoring.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A result's targets in the words of its version, beside today's scores as shown: the ambition gaps are taken between
 * the recorded, rounded scores (the scoring module's {@link Ambition}), never from answers again. A question hidden on
 * either side has no gap.
 */
final class TargetReport {

    private TargetReport() {}

    /**
     * @param categories today's categories as shown, in display order
     * @param items today's questions as shown (a hidden one without a score), in display order
     * @param hiddenTargets question keys whose target may not be shown
     */
    static TargetProfile of(
            QuestionSetDefinition version,
            BigDecimal overall,
            List<CategoryResult> categories,
            List<ItemResult> items,
            Targets targets,
            Set<String> hiddenTargets) {
        Map<String, TargetRow> targetCategories = byKey(targets.categories());
        Map<String, TargetRow> targetItems = byKey(targets.items());
        List<CategoryScore> todayCategories = new ArrayList<>();
        List<CategoryScore> wantedCategories = new ArrayList<>();
        for (CategoryResult category : categories) {
            todayCategories.add(
                    new CategoryScore(category.key(), category.score(), category.answered(), category.total()));
            TargetRow wanted = targetCategories.get(category.key());
            wantedCategories.add(new CategoryScore(
                    category.key(),
                    wanted == null ? null : wanted.score(),
                    wanted == null ? 0 : wanted.answered(),
                    category.total()));
        }
        List<ItemScore> todayItems = new ArrayList<>();
        List<ItemScore> wantedItems = new ArrayList<>();
        for (ItemResult item : items) {
            todayItems.add(new ItemScore(item.categoryKey(), item.questionKey(), item.score()));
            TargetRow wanted = targetItems.get(item.questionKey());
            boolean shown = wanted != null && !hiddenTargets.contains(item.questionKey());
            wantedItems.add(new ItemScore(item.categoryKey(), item.questionKey(), shown ? wanted.score() : null));
        }
        Ambition ambition = Ambition.between(
                new Scorecard(overall, null, todayCategories, todayItems, List.of(), List.of()),
                new Scorecard(targets.overall(), null, wantedCategories, wantedItems, List.of(), List.of()));

        List<CategoryTarget> categoryTargets = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            Ambition.CategoryGap gap = ambition.categories().get(i);
            categoryTargets.add(
                    new CategoryTarget(gap.key(), categories.get(i).name(), gap.today(), gap.target(), gap.gap()));
        }
        return new TargetProfile(
                targets.overall(),
                ambition.overall(),
                categoryTargets,
                named(version, ambition.items()),
                named(version, ambition.whereToStart()));
    }

    private static List<ItemTarget> named(QuestionSetDefinition version, List<ItemGap> gaps) {
        Map<String, QuestionDefinition> questions = new HashMap<>();
        for (CategoryDefinition category : version.categories()) {
            category.questions().forEach(question -> questions.put(question.key(), question));
        }
        return gaps.stream()
                .map(gap -> {
                    QuestionDefinition question = questions.get(gap.questionKey());
                    return new ItemTarget(
                            gap.categoryKey(),
                            gap.questionKey(),
                            question.text(),
                            gap.today(),
                            gap.target(),
                            gap.gap(),
                            question.guidance());
                })
                .toList();
    }

    private static Map<String, TargetRow> byKey(List<TargetRow> rows) {
        Map<String, TargetRow> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        return byKey;
    }
}
