package app.scorecard.questionbank.web;

import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.TranslatableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The translation form of a draft in one language, grouped as a reader meets the texts: the set's title and
 * introduction, its bands, then each category followed by its questions. Each field shows the English text beside it.
 *
 * @param groups in display order
 */
record TranslationPage(String language, List<Group> groups, int total, int untranslated) {

    /**
     * @param kind {@code set}, {@code bands}, {@code category} or {@code question}
     * @param owner the category's or question's key; empty for the set and its bands
     * @param heading the category's name or the question's wording, in English; empty for the set and its bands
     */
    record Group(String kind, String owner, String heading, List<Field> fields) {}

    /**
     * @param id the form field's id
     * @param value what the form holds: the stored translation, or what was typed
     * @param problem why the text was refused, or {@code null}
     */
    record Field(String id, TranslatableText text, String value, String problem) {

        /** Long texts get a text area, short ones (titles, names, labels, poles) a line. */
        public boolean multiline() {
            return text.maxLength() > 200;
        }
    }

    /**
     * @param values the form's texts by key
     * @param problems why a text was refused, by key
     */
    static TranslationPage of(
            QuestionSetDefinition draft, String language, Map<String, String> values, Map<String, String> problems) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        int index = 0;
        int untranslated = 0;
        List<TranslatableText> texts = TranslatableText.of(draft);
        for (TranslatableText text : texts) {
            String kind = kindOf(text);
            if (current == null
                    || !current.kind().equals(kind)
                    || !current.owner().equals(ownerOf(text))) {
                current = new Group(kind, ownerOf(text), headingOf(draft, text), new ArrayList<>());
                groups.add(current);
            }
            String value = values.getOrDefault(text.key(), "");
            if (value == null || value.isBlank()) {
                untranslated++;
            }
            current.fields().add(new Field("text-" + index++, text, value, problems.get(text.key())));
        }
        return new TranslationPage(language, groups, texts.size(), untranslated);
    }

    private static String kindOf(TranslatableText text) {
        return switch (text.field()) {
            case "title", "intro" -> "set";
            case "band" -> "bands";
            case "name", "description" -> "category";
            default -> "question";
        };
    }

    private static String ownerOf(TranslatableText text) {
        return text.field().equals("band") ? "" : text.owner();
    }

    private static String headingOf(QuestionSetDefinition draft, TranslatableText text) {
        return switch (kindOf(text)) {
            case "category" -> draft.category(text.owner()).orElseThrow().name();
            case "question" -> draft.question(text.owner()).orElseThrow().text();
            default -> "";
        };
    }
}
