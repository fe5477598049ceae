package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.QuestionSetDocument.CategoryEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.QuestionEntry;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns a validated document into stored question-set versions. Each import is one transaction: all or nothing. */
@Service
public class QuestionSetImporter {

    private final QuestionSetRepository sets;
    private final QuestionSetVersionRepository versions;
    private final QuestionSetDocumentValidator validator;
    private final Clock clock;

    QuestionSetImporter(
            QuestionSetRepository sets,
            QuestionSetVersionRepository versions,
            QuestionSetDocumentValidator validator,
            Clock clock) {
        this.sets = sets;
        this.versions = versions;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Creates a new set whose version 1 is the document, published.
     *
     * @throws InvalidDocumentException when the document breaks a rule; nothing is stored
     * @throws QuestionSetExistsException when a set with the document's key exists already; it is left untouched
     */
    @Transactional
    public QuestionSetVersion importAsNewPublishedSet(QuestionSetDocument document) {
        List<DocumentProblem> problems = validator.validate(document);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        if (sets.existsByKey(document.key())) {
            throw new QuestionSetExistsException(document.key());
        }
        QuestionSet set = sets.save(new QuestionSet(document.key(), clock.instant()));
        QuestionSetVersion version = draftOf(document, set, 1, null);
        version.publish(clock.instant());
        return versions.save(version);
    }

    /**
     * A draft holding a validated document, not yet saved. A question keeps the trend of the same key in the version
     * before when its wording is unchanged; a new or reworded question starts a new trend from this version (the
     * editor lets the admin mark a rewording as comparable before publishing).
     *
     * @param previous the latest published version of the set, or {@code null} for a new set
     */
    public QuestionSetVersion draftOf(
            QuestionSetDocument document, QuestionSet set, int number, QuestionSetDefinition previous) {
        Map<String, QuestionDefinition> before = new HashMap<>();
        if (previous != null) {
            previous.questions().forEach(question -> before.put(question.key(), question));
        }
        QuestionSetVersion version = QuestionSetVersion.draft(
                set, number, document.title().strip(), stripped(document.intro()), bands(document), clock.instant());
        version.changeCapBand(stripped(document.capBand()));
        for (CategoryEntry categoryEntry : document.categories()) {
            Category category = version.addCategory(
                    categoryEntry.key(),
                    categoryEntry.name().strip(),
                    stripped(categoryEntry.description()),
                    weightOrOne(categoryEntry.weight()));
            for (QuestionEntry question : categoryEntry.questions()) {
                QuestionContent content = contentOf(question);
                QuestionDefinition earlier = before.get(question.key());
                int trendSince =
                        earlier != null && !earlier.content().reworded(content) ? earlier.trendSince() : number;
                category.addQuestion(question.key(), content, trendSince);
            }
        }
        if (document.translations() != null) {
            document.translations().forEach((language, entry) -> version.replaceTranslations(language, entry.texts()));
        }
        return version;
    }

    static QuestionContent contentOf(QuestionEntry question) {
        return new QuestionContent(
                question.text().strip(),
                QuestionKind.valueOf(question.kind()),
                stripped(question.excellencePole()),
                stripped(question.mediocrityPole()),
                Boolean.TRUE.equals(question.reverse()),
                weightOrOne(question.weight()),
                new Guidance(
                        question.guidance().excellent().strip(),
                        question.guidance().nextStep().strip()),
                question.mustHave() == null
                        ? null
                        : question.mustHave().threshold() == null
                                ? QuestionContent.DEFAULT_MUST_HAVE_THRESHOLD
                                : question.mustHave().threshold());
    }

    static List<ScoreBand> bands(QuestionSetDocument document) {
        if (document.bands() == null) {
            return ScoringModel.DEFAULT_BANDS.stream()
                    .map(band -> new ScoreBand(band.min(), band.label()))
                    .toList();
        }
        return document.bands().stream()
                .map(band -> new ScoreBand(band.min(), band.label().strip()))
                .toList();
    }

    static BigDecimal weightOrOne(BigDecimal weight) {
        return weight == null ? BigDecimal.ONE : weight;
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
