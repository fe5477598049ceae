package app.scorecard.questionbank;

import app.scorecard.scoring.Band;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ScoringModel;
import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of one question-set version: everything needed to show it to a respondent and to score the
 * answers. Answers always point at the exact version they were given for.
 *
 * @param capBand the label of the band a result is capped at while a must-have is not met; {@code null} for the default
 *     (the second-lowest band)
 */
public record QuestionSetDefinition(
        long versionId,
        String key,
        int version,
        String title,
        String intro,
        List<CategoryDefinition> categories,
        List<Band> bands,
        String capBand) {

    public QuestionSetDefinition {
        categories = List.copyOf(categories);
        bands = List.copyOf(bands);
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
        this(versionId, key, version, title, intro, categories, bands, null);
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
