package app.scorecard.questionbank.web;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.questionbank.internal.TranslatableText;
import app.scorecard.scoring.Band;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What publishing a draft would change, against the latest published version: each category and question added,
 * removed, moved or changed, with the old and new value of every field that differs, and what a new wording does to
 * the trend; then, per language beside English, every text whose translation differs.
 *
 * @param entries in the draft's order, then what the draft removed, then the translations
 */
public record DraftDiff(List<Entry> entries) {

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param what {@code set}, {@code category}, {@code question} or {@code translation} (its key the language, its
     *     fields the text keys whose translation differs; an empty side reads in English)
     * @param change {@code added}, {@code removed}, {@code changed} or {@code moved}
     * @param trend for a reworded question: {@code comparable} or {@code breaks}; otherwise {@code null}
     */
    public record Entry(String what, String key, String label, String change, List<FieldChange> fields, String trend) {}

    public record FieldChange(String field, String before, String after) {}

    /** "at 4 points", or "no" for a question that is not a must-have. */
    private static String mustHave(QuestionDefinition question) {
        return question.isMustHave() ? "at " + question.mustHaveThreshold() + " points" : "no";
    }

    /** @param published {@code null} for a set never published: everything in the draft is new */
    static DraftDiff of(QuestionSetDefinition published, QuestionSetDefinition draft) {
        List<Entry> entries = new ArrayList<>();
        if (published == null) {
            draft.categories().forEach(category -> {
                entries.add(new Entry("category", category.key(), category.name(), "added", List.of(), null));
                category.questions()
                        .forEach(q -> entries.add(new Entry("question", q.key(), q.text(), "added", List.of(), null)));
            });
            translations(entries, null, draft);
            return new DraftDiff(entries);
        }
        List<FieldChange> setFields = new ArrayList<>();
        field(setFields, "title", published.title(), draft.title());
        field(setFields, "intro", published.intro(), draft.intro());
        field(setFields, "bands", bands(published.bands()), bands(draft.bands()));
        field(
                setFields,
                "capBand",
                published.scoringModel().cap().label(),
                draft.scoringModel().cap().label());
        if (!setFields.isEmpty()) {
            entries.add(new Entry("set", draft.key(), draft.title(), "changed", setFields, null));
        }

        Map<String, CategoryDefinition> before = new LinkedHashMap<>();
        published.categories().forEach(c -> before.put(c.key(), c));
        Map<String, String> categoryOfBefore = new LinkedHashMap<>();
        Map<String, QuestionDefinition> questionsBefore = new LinkedHashMap<>();
        published
                .categories()
                .forEach(c -> c.questions().forEach(q -> {
                    questionsBefore.put(q.key(), q);
                    categoryOfBefore.put(q.key(), c.key());
                }));
        List<String> categoryOrderBefore =
                published.categories().stream().map(CategoryDefinition::key).toList();
        List<String> categoryOrderAfter = draft.categories().stream()
                .map(CategoryDefinition::key)
                .filter(before::containsKey)
                .toList();

        for (CategoryDefinition category : draft.categories()) {
            CategoryDefinition old = before.get(category.key());
            if (old == null) {
                entries.add(new Entry("category", category.key(), category.name(), "added", List.of(), null));
            } else {
                List<FieldChange> fields = new ArrayList<>();
                field(fields, "name", old.name(), category.name());
                field(fields, "description", old.description(), category.description());
                field(fields, "weight", number(old.weight()), number(category.weight()));
                boolean moved = categoryOrderBefore.stream()
                                .filter(categoryOrderAfter::contains)
                                .toList()
                                .indexOf(category.key())
                        != categoryOrderAfter.indexOf(category.key());
                if (!fields.isEmpty()) {
                    entries.add(new Entry("category", category.key(), category.name(), "changed", fields, null));
                } else if (moved) {
                    entries.add(new Entry("category", category.key(), category.name(), "moved", List.of(), null));
                }
            }
            List<String> orderBefore = old == null
                    ? List.of()
                    : old.questions().stream().map(QuestionDefinition::key).toList();
            List<String> orderAfter =
                    category.questions().stream().map(QuestionDefinition::key).toList();
            for (QuestionDefinition question : category.questions()) {
                QuestionDefinition was = questionsBefore.get(question.key());
                if (was == null) {
                    entries.add(new Entry("question", question.key(), question.text(), "added", List.of(), null));
                    continue;
                }
                List<FieldChange> fields = new ArrayList<>();
                field(fields, "text", was.text(), question.text());
                field(fields, "kind", was.kind().name(), question.kind().name());
                field(fields, "excellencePole", was.excellencePole(), question.excellencePole());
                field(fields, "mediocrityPole", was.mediocrityPole(), question.mediocrityPole());
                field(fields, "reverse", Boolean.toString(was.reverse()), Boolean.toString(question.reverse()));
                field(fields, "weight", number(was.weight()), number(question.weight()));
                field(fields, "mustHave", mustHave(was), mustHave(question));
                field(
                        fields,
                        "guidanceExcellent",
                        was.guidance().excellent(),
                        question.guidance().excellent());
                field(
                        fields,
                        "guidanceNextStep",
                        was.guidance().nextStep(),
                        question.guidance().nextStep());
                field(fields, "category", categoryOfBefore.get(question.key()), category.key());
                String trend = QuestionForms.reworded(was, question)
                        ? (was.trendSince() == question.trendSince() ? "comparable" : "breaks")
                        : null;
                boolean moved = !orderBefore.isEmpty()
                        && orderBefore.stream()
                                        .filter(orderAfter::contains)
                                        .toList()
                                        .indexOf(question.key())
                                != orderAfter.stream()
                                        .filter(orderBefore::contains)
                                        .toList()
                                        .indexOf(question.key());
                if (!fields.isEmpty()) {
                    entries.add(new Entry("question", question.key(), question.text(), "changed", fields, trend));
                } else if (moved) {
                    entries.add(new Entry("question", question.key(), question.text(), "moved", List.of(), null));
                }
            }
        }
        for (CategoryDefinition old : published.categories()) {
            if (draft.category(old.key()).isEmpty()) {
                entries.add(new Entry("category", old.key(), old.name(), "removed", List.of(), null));
            }
        }
        for (QuestionDefinition old : questionsBefore.values()) {
            if (draft.question(old.key()).isEmpty()) {
                entries.add(new Entry("question", old.key(), old.text(), "removed", List.of(), null));
            }
        }
        translations(entries, published, draft);
        return new DraftDiff(entries);
    }

    /**
     * Per language, each text whose translation the draft adds, changes or drops: texts in the draft's order, then
     * those of texts the draft no longer has.
     */
    private static void translations(
            List<Entry> entries, QuestionSetDefinition published, QuestionSetDefinition draft) {
        Translations before = published == null ? Translations.NONE : published.translations();
        List<String> keys = new ArrayList<>(
                TranslatableText.of(draft).stream().map(TranslatableText::key).toList());
        if (published != null) {
            TranslatableText.of(published).stream()
                    .map(TranslatableText::key)
                    .filter(key -> !keys.contains(key))
                    .forEach(keys::add);
        }
        for (String language : Translations.LANGUAGES) {
            List<FieldChange> fields = new ArrayList<>();
            for (String key : keys) {
                field(
                        fields,
                        key,
                        before.text(language, key).orElse(null),
                        draft.translations().text(language, key).orElse(null));
            }
            if (!fields.isEmpty()) {
                entries.add(new Entry("translation", language, language, "changed", fields, null));
            }
        }
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String bands(List<Band> bands) {
        return String.join(
                " · ", bands.stream().map(b -> b.min() + " " + b.label()).toList());
    }
}
