package app.scorecard.results;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.ScorecardReport.CategoryResult;
import app.scorecard.results.ScorecardReport.ItemResult;
import app.scorecard.results.TeamResults.ItemDistribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recorded result put into the words of its version — names, texts and guidance, which a published version never
 * changes — in the reader's language, with the questions that may not be shown today taken out: their scores, counts
 * and highlights. The record keeps keys, numbers and the version's own band labels; only the words shown around them
 * are translated.
 */
final class RecordedReport {

    /** The version the result was computed for. */
    private final QuestionSetDefinition recordedOn;

    /** Its words in the reader's language. */
    private final QuestionSetDefinition version;

    private final String language;
    private final int rulesVersion;
    private final CalculatedResult result;
    private final Set<String> hiddenItems;
    private final Set<String> hiddenTargets;
    private final Map<String, CategoryRow> categories = new HashMap<>();
    private final Map<String, ItemRow> items = new HashMap<>();

    /**
     * @param version the version the result was computed for
     * @param language the reader's language ({@link app.scorecard.questionbank.Translations#languageOf})
     * @param rulesVersion the scoring rules the record was computed under
     * @param hiddenItems question keys whose score and distribution are not shown
     * @param hiddenTargets question keys whose target is not shown
     */
    RecordedReport(
            QuestionSetDefinition version,
            String language,
            int rulesVersion,
            CalculatedResult result,
            Set<String> hiddenItems,
            Set<String> hiddenTargets) {
        this.recordedOn = version;
        this.version = version.in(language);
        this.language = language;
        this.rulesVersion = rulesVersion;
        this.hiddenTargets = Set.copyOf(hiddenTargets);
        this.result = result;
        this.hiddenItems = Set.copyOf(hiddenItems);
        result.categories().forEach(row -> categories.put(row.key(), row));
        result.items().forEach(row -> items.put(row.key(), row));
    }

    ScorecardReport report() {
        List<CategoryResult> categoryResults = new ArrayList<>();
        List<ItemResult> itemResults = new ArrayList<>();
        for (CategoryDefinition category : version.categories()) {
            CategoryRow row = categories.get(category.key());
            categoryResults.add(new CategoryResult(
                    category.key(),
                    category.name(),
                    row == null ? null : row.stat().score(),
                    row == null ? 0 : row.itemsAnswered(),
                    row == null ? category.questions().size() : row.itemsTotal()));
            for (QuestionDefinition question : category.questions()) {
                itemResults.add(item(category, question));
            }
        }
        return new ScorecardReport(
                version.key(),
                version.version(),
                version.title(),
                result.overall(),
                recordedOn.recordedBandIn(result.band(), language),
                version.bands(),
                categoryResults,
                itemResults,
                highlights(result.strengths()),
                highlights(result.gaps()),
                rulesVersion,
                recordedOn.recordedBandIn(result.bandBeforeCap(), language),
                AnswerScoring.mustHaves(version, result.mustHaves(), hiddenItems),
                result.targets() == null
                        ? null
                        : TargetReport.of(
                                version,
                                result.overall(),
                                categoryResults,
                                itemResults,
                                result.targets(),
                                hiddenTargets));
    }

    /** Per question in questionnaire order: how people answered, or nothing where it is hidden. */
    List<ItemDistribution> distribution() {
        List<ItemDistribution> rows = new ArrayList<>();
        for (CategoryDefinition category : version.categories()) {
            for (QuestionDefinition question : category.questions()) {
                ItemRow row = items.get(question.key());
                boolean hidden = row == null || hiddenItems.contains(question.key());
                rows.add(new ItemDistribution(
                        category.name(),
                        question.key(),
                        question.text(),
                        hidden ? null : row.stat().score(),
                        hidden
                                ? new long[6]
                                : row.counts().stream()
                                        .mapToLong(Long::longValue)
                                        .toArray(),
                        hidden));
            }
        }
        return rows;
    }

    private ItemResult item(CategoryDefinition category, QuestionDefinition question) {
        ItemRow row = items.get(question.key());
        boolean shown = row != null && !hiddenItems.contains(question.key());
        return new ItemResult(
                category.key(),
                question.key(),
                question.text(),
                shown ? row.stat().score() : null,
                question.guidance());
    }

    private List<ItemResult> highlights(List<String> keys) {
        List<ItemResult> highlighted = new ArrayList<>();
        for (String key : keys) {
            if (hiddenItems.contains(key)) {
                continue;
            }
            version.question(key)
                    .ifPresent(question -> highlighted.add(new ItemResult(
                            version.categoryOf(key),
                            key,
                            question.text(),
                            items.get(key).stat().score(),
                            question.guidance())));
        }
        return highlighted;
    }
}
