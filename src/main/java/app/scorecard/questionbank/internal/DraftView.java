package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.Translations;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft as the editor shows it.
 *
 * @param draft its content, as respondents would see it once published
 * @param lockVersion what every change must send back: a change based on an older state is refused
 * @param published the latest published version it was copied from or will replace; {@code null} for a new set
 * @param updatedAt when it last changed; {@code null} when it has not changed since it was opened
 */
public record DraftView(
        QuestionSetDefinition draft, long lockVersion, QuestionSetDefinition published, Instant updatedAt) {

    public String key() {
        return draft.key();
    }

    public int number() {
        return draft.version();
    }

    /** @throws QuestionSetNotFoundException when the draft has no category by that key */
    public CategoryDefinition category(String categoryKey) {
        return draft.category(categoryKey).orElseThrow(() -> notFound(categoryKey));
    }

    /** @throws QuestionSetNotFoundException when the draft has no question by that key */
    public QuestionDefinition question(String questionKey) {
        return draft.question(questionKey).orElseThrow(() -> notFound(questionKey));
    }

    private QuestionSetNotFoundException notFound(String itemKey) {
        return new QuestionSetNotFoundException(key() + "/" + itemKey);
    }

    /** How many texts of the draft a person reads, and so can be translated. */
    public int translatableCount() {
        return TranslatableText.of(draft).size();
    }

    /**
     * For each language beside English ({@link Translations#LANGUAGES}), the keys of the draft's texts it does not
     * translate: readers of that language read them in English.
     */
    public Map<String, List<String>> untranslated() {
        Map<String, List<String>> untranslated = new LinkedHashMap<>();
        for (String language : Translations.LANGUAGES) {
            untranslated.put(language, TranslatableText.untranslated(draft, language));
        }
        return untranslated;
    }

    /** How a question of the draft stands against the published version. */
    public QuestionState state(QuestionDefinition question) {
        if (published == null) {
            return QuestionState.NEW;
        }
        return published
                .question(question.key())
                .map(before -> {
                    if (before.trendSince() != question.trendSince()) {
                        return QuestionState.BREAKS_TREND;
                    }
                    return before.equals(question) ? QuestionState.UNCHANGED : QuestionState.CHANGED;
                })
                .orElse(QuestionState.NEW);
    }

    public enum QuestionState {
        NEW,
        UNCHANGED,
        CHANGED,
        BREAKS_TREND
    }
}
