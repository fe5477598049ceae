package app.scorecard.questionbank;

import static app.scorecard.questionbank.QuestionBankRules.BAND_LABEL_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.DESCRIPTION_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.GUIDANCE_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.INTRO_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.MAX_CATEGORIES;
import static app.scorecard.questionbank.QuestionBankRules.MAX_QUESTIONS_PER_CATEGORY;
import static app.scorecard.questionbank.QuestionBankRules.NAME_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.POLE_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.QUESTION_TEXT_MAX_LENGTH;
import static app.scorecard.questionbank.QuestionBankRules.TITLE_MAX_LENGTH;

import app.scorecard.questionbank.internal.Category;
import app.scorecard.questionbank.internal.DocumentProblem;
import app.scorecard.questionbank.internal.DocumentProblems;
import app.scorecard.questionbank.internal.QuestionBankAuditLog;
import app.scorecard.questionbank.internal.QuestionSet;
import app.scorecard.questionbank.internal.QuestionSetDocument;
import app.scorecard.questionbank.internal.QuestionSetDocumentValidator;
import app.scorecard.questionbank.internal.QuestionSetRepository;
import app.scorecard.questionbank.internal.QuestionSetVersion;
import app.scorecard.questionbank.internal.QuestionSetVersionRepository;
import app.scorecard.questionbank.internal.ScoreBand;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.ScoringModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the question bank's drafts, for admins: a new set, a draft opened from the latest published version, its
 * details, bands, categories and questions, then publishing or discarding it. Only drafts change; a published version
 * never does, so every stored answer and scorecard keeps meaning what it meant. Retiring and restoring a set is
 * {@link QuestionSetLifecycle}'s job.
 *
 * <p>Every change to a draft carries the lock version the admin's form was based on. When the draft has changed since,
 * the change is refused with what the other person did ({@link DraftConflictException}); nothing is overwritten. Every
 * change is written to the audit log in the same transaction.
 */
@Service
@Transactional
public class QuestionBankEditor {

    private final QuestionSetRepository sets;
    private final QuestionSetVersionRepository versions;
    private final QuestionBankAuditLog auditLog;
    private final QuestionSetDocumentValidator validator;
    private final QuestionBank questionBank;
    private final Clock clock;

    QuestionBankEditor(
            QuestionSetRepository sets,
            QuestionSetVersionRepository versions,
            QuestionBankAuditLog auditLog,
            QuestionSetDocumentValidator validator,
            QuestionBank questionBank,
            Clock clock) {
        this.sets = sets;
        this.versions = versions;
        this.auditLog = auditLog;
        this.validator = validator;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    /**
     * A new set with an empty draft as version 1: categories and questions follow in the editor.
     *
     * @throws InvalidDraftException when the key or title breaks a rule, or the key is taken
     */
    public DraftView createSet(String key, String title, String actor) {
        DocumentProblems problems = new DocumentProblems();
        if (problems.key("key", key) && sets.existsByKey(key)) {
            problems.add("key", "'" + key + "' is the key of another question set");
        }
        problems.requiredText("title", title, TITLE_MAX_LENGTH);
        refuseIfAny(problems);
        QuestionSet set = sets.save(new QuestionSet(key, clock.instant()));
        QuestionSetVersion draft =
                versions.save(QuestionSetVersion.draft(set, 1, title.strip(), null, defaultBands(), clock.instant()));
        auditLog.record(
                key,
                1,
                actor,
                BankAction.CREATED_SET,
                "Created the set \"" + title.strip() + "\" with an empty draft",
                null);
        return view(draft);
    }

    /**
     * The set's draft: the open one, or a new one copied from the latest published version.
     *
     * @throws QuestionSetNotFoundException when there is no such set
     */
    public DraftView openDraft(String setKey, String actor) {
        Optional<QuestionSetVersion> open = versions.findDraft(setKey);
        if (open.isPresent()) {
            return view(open.get());
        }
        QuestionSet set = sets.findByKey(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        long latestId =
                versions.findLatestPublishedId(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
        QuestionSetVersion latest = versions.findWithContentById(latestId).orElseThrow();
        int number = versions.findHighestNumber(set) + 1;
        QuestionSetVersion draft = versions.save(latest.copyAsDraft(number, clock.instant()));
        auditLog.record(
                setKey,
                number,
                actor,
                BankAction.OPENED_DRAFT,
                "Opened a draft from version " + latest.getNumber(),
                null);
        return view(draft);
    }

    /** @throws QuestionSetNotFoundException when the set has no open draft */
    @Transactional(readOnly = true)
    public DraftView draft(String setKey) {
        return view(draftOf(setKey));
    }

    @Transactional(readOnly = true)
    public Optional<DraftView> findDraft(String setKey) {
        return versions.findDraft(setKey).map(this::view);
    }

    public void updateDetails(String setKey, long lockVersion, String title, String intro, String actor) {
        DocumentProblems problems = new DocumentProblems();
        problems.requiredText("title", title, TITLE_MAX_LENGTH);
        problems.optionalText("intro", intro, INTRO_MAX_LENGTH);
        refuseIfAny(problems);
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        draft.updateDetails(title.strip(), stripped(intro));
        changed(draft, actor, "Changed the title or introduction");
    }

    /** @param bands in order; rows with neither a minimum nor a label are left out */
    public void replaceBands(String setKey, long lockVersion, List<BandInput> bands, String actor) {
        List<BandInput> rows = bands.stream().filter(row -> !row.blank()).toList();
        DocumentProblems problems = new DocumentProblems();
        if (rows.isEmpty()) {
            problems.add("bands", "needs at least one band, starting at 0");
        }
        Integer previous = null;
        for (int i = 0; i < rows.size(); i++) {
            BandInput row = rows.get(i);
            String path = "bands[" + i + "]";
            problems.requiredText(path + ".label", row.label(), BAND_LABEL_MAX_LENGTH);
            Integer min = row.min();
            if (min == null) {
                problems.add(path + ".min", "is required");
            } else if (min < 0 || min > 100) {
                problems.add(path + ".min", "must be between 0 and 100");
            } else if (i == 0 && min != 0) {
                problems.add(path + ".min", "the first band must start at 0");
            } else if (previous != null && min <= previous) {
                problems.add(path + ".min", "must be greater than the band before (" + previous + ")");
            }
            if (min != null) {
                previous = min;
            }
        }
        refuseIfAny(problems);
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        draft.replaceBands(rows.stream()
                .map(row -> new ScoreBand(row.min(), row.label().strip()))
                .toList());
        changed(
                draft,
                actor,
                "Changed the bands to "
                        + rows.stream()
                                .map(row -> row.min() + " " + row.label().strip())
                                .toList());
    }

    public void addCategory(
            String setKey,
            long lockVersion,
            String key,
            String name,
            String description,
            BigDecimal weight,
            String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        refuseIfAny(newCategoryProblems(draft, key, name, description, weight));
        draft.addCategory(key, name.strip(), stripped(description), weightOrOne(weight));
        changed(draft, actor, "Added the category " + key + " (\"" + name.strip() + "\")");
    }

    public void updateCategory(
            String setKey,
            long lockVersion,
            String categoryKey,
            String name,
            String description,
            BigDecimal weight,
            String actor) {
        refuseIfAny(categoryProblems(name, description, weight));
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        questionBankCategory(draft, categoryKey).update(name.strip(), stripped(description), weightOrOne(weight));
        changed(draft, actor, "Changed the category " + categoryKey);
    }

    /** @param step {@code -1} moves it up, {@code +1} down; at either end nothing moves */
    public void moveCategory(String setKey, long lockVersion, String categoryKey, int step, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        questionBankCategory(draft, categoryKey);
        if (draft.moveCategory(categoryKey, step)) {
            changed(draft, actor, "Moved the category " + categoryKey + (step < 0 ? " up" : " down"));
        }
    }

    /** Removes a category with all its questions. A draft keeps at least one category. */
    public void removeCategory(String setKey, long lockVersion, String categoryKey, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        Category category = questionBankCategory(draft, categoryKey);
        int questions = category.getQuestions().size();
        draft.removeCategory(categoryKey);
        changed(
                draft,
                actor,
                "Removed the category " + categoryKey + (questions == 0 ? "" : " and its " + questions + " questions"));
    }

    public void addQuestion(
            String setKey,
            long lockVersion,
            String categoryKey,
            String questionKey,
            QuestionContent content,
            String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        Category category = questionBankCategory(draft, categoryKey);
        refuseIfAny(newQuestionProblems(draft, category, questionKey, content));
        // A key that was published before and then removed comes back as a new question: its old answers meant
        // something else, so its trend starts here.
        category.addQuestion(questionKey, normalized(content), draft.getNumber());
        changed(
                draft,
                actor,
                "Added the question " + questionKey + " to " + categoryKey + ": \""
                        + content.text().strip() + "\"");
    }

    /**
     * Changes a question. When its wording differs from the published version's, the admin says whether the meaning
     * stayed ({@link TrendChoice#COMPARABLE}) or not ({@link TrendChoice#BREAKS_TREND}).
     *
     * @param trend required when the question is reworded against the published version; ignored otherwise
     */
    public void updateQuestion(
            String setKey,
            long lockVersion,
            String questionKey,
            QuestionContent content,
            TrendChoice trend,
            String actor) {
        DocumentProblems problems = questionProblems(content);
        refuseIfAny(problems);
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        Category category = draft.categoryOfQuestion(questionKey)
                .orElseThrow(() -> new QuestionSetNotFoundException(setKey + "/" + questionKey));
        QuestionContent cleaned = normalized(content);
        Optional<QuestionDefinition> published = publishedOf(draft).flatMap(p -> p.question(questionKey));
        int trendSince = draft.getNumber();
        String mark = "";
        if (published.isPresent()) {
            QuestionDefinition before = published.get();
            if (!contentOf(before).reworded(cleaned)) {
                trendSince = before.trendSince();
            } else if (trend == null) {
                throw new InvalidDraftException(List.of(new DraftProblem(
                        "trend",
                        "the wording changed: say whether the question still means the same (trends continue) or"
                                + " something new (trends start again)")));
            } else if (trend == TrendChoice.COMPARABLE) {
                trendSince = before.trendSince();
                mark = " (reworded, comparable)";
            } else {
                mark = " (reworded, breaks trend)";
            }
        }
        category.updateQuestion(questionKey, cleaned, trendSince);
        changed(draft, actor, "Changed the question " + questionKey + mark + ": \"" + cleaned.text() + "\"");
    }

    public void moveQuestion(String setKey, long lockVersion, String questionKey, int step, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        Category category = draft.categoryOfQuestion(questionKey)
                .orElseThrow(() -> new QuestionSetNotFoundException(setKey + "/" + questionKey));
        if (category.moveQuestion(questionKey, step)) {
            changed(draft, actor, "Moved the question " + questionKey + (step < 0 ? " up" : " down"));
        }
    }

    public void removeQuestion(String setKey, long lockVersion, String questionKey, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        Category category = draft.categoryOfQuestion(questionKey)
                .orElseThrow(() -> new QuestionSetNotFoundException(setKey + "/" + questionKey));
        category.removeQuestion(questionKey);
        changed(draft, actor, "Removed the question " + questionKey + " from " + category.getKey());
    }

    /** What publishing would refuse, without publishing: every problem of the draft as a whole. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<DraftProblem> problems(DraftView draft) {
        return problemsOf(draft.draft());
    }

    /**
     * Makes the draft the set's latest version, frozen for good. Rounds already running keep their version.
     *
     * @throws InvalidDraftException listing every rule the draft breaks; nothing is published
     */
    public QuestionSetDefinition publish(String setKey, long lockVersion, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        List<DraftProblem> problems = problemsOf(draft.toDefinition());
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        draft.publish(clock.instant());
        auditLog.record(
                setKey,
                draft.getNumber(),
                actor,
                BankAction.PUBLISHED,
                "Published version " + draft.getNumber(),
                lockVersion);
        return draft.toDefinition();
    }

    /** Throws the draft away; the published versions stay as they are. */
    public void discard(String setKey, long lockVersion, String actor) {
        QuestionSetVersion draft = lockedDraft(setKey, lockVersion);
        if (versions.findLatestPublishedId(setKey).isEmpty()) {
            throw new InvalidDraftException(List.of(
                    new DraftProblem("", "this set has never been published: its only draft cannot be discarded")));
        }
        versions.delete(draft);
        auditLog.record(
                setKey, draft.getNumber(), actor, BankAction.DISCARDED_DRAFT, "Discarded the draft", lockVersion);
    }

    private QuestionSetVersion draftOf(String setKey) {
        return versions.findDraft(setKey).orElseThrow(() -> new QuestionSetNotFoundException(setKey));
    }

    /** The draft, if its lock version is still the one the change was based on. */
    private QuestionSetVersion lockedDraft(String setKey, long lockVersion) {
        QuestionSetVersion draft = draftOf(setKey);
        if (draft.getLockVersion() != lockVersion) {
            throw new DraftConflictException(setKey, auditLog.changesSince(setKey, draft.getNumber(), lockVersion));
        }
        return draft;
    }

    /** Raises the draft's lock version (so older forms are refused) and logs what the change based on it did. */
    private void changed(QuestionSetVersion draft, String actor, String detail) {
        long basedOn = draft.getLockVersion();
        draft.touch(clock.instant());
        auditLog.record(
                draft.getQuestionSet().getKey(), draft.getNumber(), actor, BankAction.EDITED_DRAFT, detail, basedOn);
    }

    private DraftView view(QuestionSetVersion draft) {
        return new DraftView(
                questionBank.definition(draft.getId()),
                draft.getLockVersion(),
                publishedOf(draft).orElse(null),
                draft.getUpdatedAt());
    }

    private Optional<QuestionSetDefinition> publishedOf(QuestionSetVersion draft) {
        return versions.findLatestPublishedId(draft.getQuestionSet().getKey()).map(questionBank::definition);
    }

    private static Category questionBankCategory(QuestionSetVersion draft, String categoryKey) {
        return draft.category(categoryKey)
                .orElseThrow(() ->
                        new QuestionSetNotFoundException(draft.getQuestionSet().getKey() + "/" + categoryKey));
    }

    /**
     * What adding ({@code newKey} given) or changing ({@code newKey} null) a category would refuse, without changing
     * anything: for forms that found a problem of their own first, so every problem is reported at once.
     */
    @Transactional(readOnly = true)
    public List<DraftProblem> checkCategory(
            String setKey, String newKey, String name, String description, BigDecimal weight) {
        DocumentProblems problems = newKey == null
                ? categoryProblems(name, description, weight)
                : newCategoryProblems(draftOf(setKey), newKey, name, description, weight);
        return asDraftProblems(problems);
    }

    /** What adding ({@code newKey} given) or changing ({@code newKey} null) a question would refuse; nothing changes. */
    @Transactional(readOnly = true)
    public List<DraftProblem> checkQuestion(String setKey, String categoryKey, String newKey, QuestionContent content) {
        if (newKey == null) {
            return asDraftProblems(questionProblems(content));
        }
        QuestionSetVersion draft = draftOf(setKey);
        return asDraftProblems(newQuestionProblems(draft, questionBankCategory(draft, categoryKey), newKey, content));
    }

    private static DocumentProblems newCategoryProblems(
            QuestionSetVersion draft, String key, String name, String description, BigDecimal weight) {
        DocumentProblems problems = categoryProblems(name, description, weight);
        if (problems.key("key", key) && draft.category(key).isPresent()) {
            problems.add("key", "'" + key + "' is the key of another category of this set");
        }
        if (draft.getCategories().size() >= MAX_CATEGORIES) {
            problems.add("", "a set has at most " + MAX_CATEGORIES + " categories");
        }
        return problems;
    }

    private static DocumentProblems newQuestionProblems(
            QuestionSetVersion draft, Category category, String questionKey, QuestionContent content) {
        DocumentProblems problems = questionProblems(content);
        if (problems.key("key", questionKey)
                && draft.categoryOfQuestion(questionKey).isPresent()) {
            problems.add("key", "'" + questionKey + "' is the key of another question of this set");
        }
        if (category.getQuestions().size() >= MAX_QUESTIONS_PER_CATEGORY) {
            problems.add("", "a category has at most " + MAX_QUESTIONS_PER_CATEGORY + " questions");
        }
        return problems;
    }

    private static DocumentProblems categoryProblems(String name, String description, BigDecimal weight) {
        DocumentProblems problems = new DocumentProblems();
        problems.requiredText("name", name, NAME_MAX_LENGTH);
        problems.optionalText("description", description, DESCRIPTION_MAX_LENGTH);
        problems.weight("weight", weight);
        return problems;
    }

    private static DocumentProblems questionProblems(QuestionContent content) {
        DocumentProblems problems = new DocumentProblems();
        problems.requiredText("text", content.text(), QUESTION_TEXT_MAX_LENGTH);
        problems.weight("weight", content.weight());
        if (content.kind() == null) {
            problems.add("kind", "must be an agreement statement or an either/or question");
        } else if (content.kind() == QuestionKind.EITHER_OR) {
            problems.requiredText("excellencePole", content.excellencePole(), POLE_MAX_LENGTH);
            problems.requiredText("mediocrityPole", content.mediocrityPole(), POLE_MAX_LENGTH);
            if (content.reverse()) {
                problems.add("reverse", "applies only to agreement statements");
            }
        }
        Guidance guidance = content.guidance();
        problems.requiredText("guidanceExcellent", guidance == null ? null : guidance.excellent(), GUIDANCE_MAX_LENGTH);
        problems.requiredText("guidanceNextStep", guidance == null ? null : guidance.nextStep(), GUIDANCE_MAX_LENGTH);
        return problems;
    }

    /** Trimmed texts; poles only for either/or questions; a weight of 1 when none is given. */
    private static QuestionContent normalized(QuestionContent content) {
        boolean eitherOr = content.kind() == QuestionKind.EITHER_OR;
        return new QuestionContent(
                content.text().strip(),
                content.kind(),
                eitherOr ? content.excellencePole().strip() : null,
                eitherOr ? content.mediocrityPole().strip() : null,
                !eitherOr && content.reverse(),
                weightOrOne(content.weight()),
                new Guidance(
                        content.guidance().excellent().strip(),
                        content.guidance().nextStep().strip()));
    }

    private static QuestionContent contentOf(QuestionDefinition question) {
        return new QuestionContent(
                question.text(),
                question.kind(),
                question.excellencePole(),
                question.mediocrityPole(),
                question.reverse(),
                question.weight(),
                question.guidance());
    }

    /** The whole draft against the rules every set follows, with each problem said in the editor's words. */
    private List<DraftProblem> problemsOf(QuestionSetDefinition draft) {
        return validator.validate(QuestionSetDocument.of(draft)).stream()
                .map(problem -> new DraftProblem("", describe(problem, draft)))
                .toList();
    }

    private static final Pattern CATEGORY_PATH =
            Pattern.compile("^categories\\[(\\d+)](?:\\.questions\\[(\\d+)])?(.*)$");

    private static String describe(DocumentProblem problem, QuestionSetDefinition draft) {
        Matcher matcher = CATEGORY_PATH.matcher(problem.path());
        if (!matcher.matches()) {
            return (problem.path().isEmpty() ? "The set" : "The set's " + problem.path()) + ": " + problem.message();
        }
        CategoryDefinition category = draft.categories().get(Integer.parseInt(matcher.group(1)));
        String where = "Category \"" + category.name() + "\"";
        if (matcher.group(2) != null) {
            where += ", question "
                    + category.questions()
                            .get(Integer.parseInt(matcher.group(2)))
                            .key();
        }
        String field = matcher.group(3).startsWith(".") ? matcher.group(3).substring(1) : matcher.group(3);
        return where + (field.isEmpty() ? "" : ", " + field) + ": " + problem.message();
    }

    private static void refuseIfAny(DocumentProblems problems) {
        if (!problems.list().isEmpty()) {
            throw new InvalidDraftException(asDraftProblems(problems));
        }
    }

    private static List<DraftProblem> asDraftProblems(DocumentProblems problems) {
        return problems.list().stream()
                .map(problem -> new DraftProblem(problem.path(), problem.message()))
                .toList();
    }

    private static List<ScoreBand> defaultBands() {
        return ScoringModel.DEFAULT_BANDS.stream()
                .map(band -> new ScoreBand(band.min(), band.label()))
                .toList();
    }

    private static BigDecimal weightOrOne(BigDecimal weight) {
        return weight == null ? BigDecimal.ONE : weight;
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One row of the bands form: both empty means "no band here". */
    public record BandInput(Integer min, String label) {

        boolean blank() {
            return min == null && (label == null || label.isBlank());
        }

        static BandInput of(Band band) {
            return new BandInput(band.min(), band.label());
        }
    }
}
