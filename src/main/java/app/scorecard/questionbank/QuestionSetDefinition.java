package app.scorecard.questionbank;

import app.scorecard.questionbank.internal.TranslatableText;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An immutable snapshot of one question-set version: everything needed to show it to a respondent and to score the
 * answers. Answers always point at the exact version they were given for.
 *
 * @param capBand the label of the band a result is capped at while a must-have is not met; {@code null} for the default
 *     (the second-lowest band)
 * @param translations its texts in the languages beside English; none for a definition already put into one language
 *     ({@link #in(String)})
 */
public record QuestionSetDefinition(
        long versionId,
        String key,
        int version,
        String title,
        String intro,
        List<CategoryDefinition> categories,
        List<Band> bands,
        String capBand,
        Translations translations) {

    public QuestionSetDefinition {
        categories = List.copyOf(categories);
        bands = List.copyOf(bands);
    }

    /** A version without translations. */
    public QuestionSetDefinition(
            long versionId,
            String key,
            int version,
            String title,
            String intro,
            List<CategoryDefinition> categories,
            List<Band> bands,
            String capBand) {
        this(versionId, key, version, title, intro, categories, bands, capBand, Translations.NONE);
    }

    /** A version with the default cap band. */
    public QuestionSetDefinition(
            long versionId,
            String key,
            int version,
            String title,
            String intro,
            List<CategoryDefinition> categories,
            List<Band> bands) {
        this(versionId, key, version, title, intro, categories, bands, null, Translations.NONE);
    }

    /**
     * This version as a reader of a language reads it: every text in that language where it has one, in English where
     * not. Keys, kinds, weights and must-haves stay as they are, so answers given on it are the same answers. It is for
     * reading only: its bands carry the translated labels, and results store the version's own, so scoring goes
     * through the version itself.
     *
     * @param language a language of {@link Translations#LANGUAGES}; any other gives this version as it is
     */
    public QuestionSetDefinition in(String language) {
        if (translations.in(language).isEmpty()) {
            return this;
        }
        List<CategoryDefinition> translated = new ArrayList<>(categories.size());
        for (CategoryDefinition category : categories) {
            List<QuestionDefinition> questions =
                    new ArrayList<>(category.questions().size());
            for (QuestionDefinition question : category.questions()) {
                questions.add(question.in(translations, language));
            }
            translated.add(new CategoryDefinition(
                    category.key(),
                    translations.textOr(language, TranslatableText.categoryName(category.key()), category.name()),
                    translations.textOr(
                            language, TranslatableText.categoryDescription(category.key()), category.description()),
                    category.weight(),
                    questions));
        }
        return new QuestionSetDefinition(
                versionId,
                key,
                version,
                translations.textOr(language, TranslatableText.TITLE, title),
                translations.textOr(language, TranslatableText.INTRO, intro),
                translated,
                bands.stream().map(band -> bandIn(band, language)).toList(),
                recordedBandLabelIn(capBand, language),
                Translations.NONE);
    }

    /** Its title in a language, where the version has it in that language; in English otherwise. */
    public String titleIn(String language) {
        return translations.textOr(language, TranslatableText.TITLE, title);
    }

    /** This version as a reader with this locale reads it ({@link Translations#languageOf(Locale)}). */
    public QuestionSetDefinition in(Locale locale) {
        return in(Translations.languageOf(locale));
    }

    /**
     * A band's label as a response recorded it, in a reader's language: translated when exactly one of this version's
     * bands has that label and the language has a text for it; as recorded otherwise.
     */
    public String recordedBandLabelIn(String label, String language) {
        if (label == null) {
            return null;
        }
        List<Band> labelled =
                bands.stream().filter(band -> band.label().equals(label)).toList();
        return labelled.size() == 1 ? bandIn(labelled.get(0), language).label() : label;
    }

    /**
     * A band as a result recorded it, in a reader's language: translated when it is this version's band — the same
     * minimum with the same label — and the language has a text for it; as recorded otherwise.
     */
    public Band recordedBandIn(Band recorded, String language) {
        if (recorded == null) {
            return null;
        }
        return bands.contains(recorded) ? bandIn(recorded, language) : recorded;
    }

    private Band bandIn(Band band, String language) {
        return new Band(band.min(), translations.textOr(language, TranslatableText.band(band.min()), band.label()));
    }

    /** The rules this version carries: weights, reverse flags, must-haves, bands and the cap band. */
    public ScoringModel scoringModel() {
        return new ScoringModel(
                categories.stream()
                        .map(category -> new CategoryRule(
                                category.key(),
                                category.weight(),
                                category.questions().stream()
                                        .map(q -> new ItemRule(q.key(), q.weight(), q.reverse(), q.mustHaveThreshold()))
                                        .toList()))
                        .toList(),
                bands,
                capBand);
    }

    /** How many questions there are, without building {@link #questions()}. */
    public int questionCount() {
        int count = 0;
        for (CategoryDefinition category : categories) {
            count += category.questions().size();
        }
        return count;
    }

    /** All questions, in display order. */
    public List<QuestionDefinition> questions() {
        return categories.stream().flatMap(c -> c.questions().stream()).toList();
    }

    public Optional<QuestionDefinition> question(String key) {
        // called once per answer when a submission is read: no list built, no stream
        for (CategoryDefinition category : categories) {
            for (QuestionDefinition question : category.questions()) {
                if (question.key().equals(key)) {
                    return Optional.of(question);
                }
            }
        }
        return Optional.empty();
    }

    /** The key of the category a question is in, or an empty string for a question the version does not have. */
    public String categoryOf(String questionKey) {
        for (CategoryDefinition category : categories) {
            for (QuestionDefinition question : category.questions()) {
                if (question.key().equals(questionKey)) {
                    return category.key();
                }
            }
        }
        return "";
    }

    public Optional<CategoryDefinition> category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
