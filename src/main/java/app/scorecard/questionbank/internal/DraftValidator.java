package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.QuestionBankRules.DESCRIPTION_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.GUIDANCE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.INTRO_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.MAX_CATEGORIES;
import static app.scorecard.questionbank.internal.QuestionBankRules.MAX_QUESTIONS_PER_CATEGORY;
import static app.scorecard.questionbank.internal.QuestionBankRules.NAME_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.POLE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.QUESTION_TEXT_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.TITLE_MAX_LENGTH;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.internal.QuestionSetDocument.BandEntry;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks the editor's changes to a draft before they are made, each problem on the form field it concerns, and the
 * whole draft before it is published, each problem said in the editor's words. The rules are those of every document
 * ({@link QuestionBankRules}, {@link QuestionSetDocumentValidator}).
 */
@Component
public class DraftValidator {

    private static final Pattern CATEGORY_PATH =
            Pattern.compile("^categories\\[(\\d+)](?:\\.questions\\[(\\d+)])?(.*)$");

    private static final ScoreBandRules.Wording BAND_WORDING = new ScoreBandRules.Wording(
            "needs at least one band, starting at 0",
            previous -> "must be greater than the band before (" + previous + ")");

    private final QuestionSetDocumentValidator documents;

    DraftValidator(QuestionSetDocumentValidator documents) {
        this.documents = documents;
    }

    /** @param taken whether a (valid) key is already another set's */
    public List<DraftProblem> newSet(String key, String title, Predicate<String> taken) {
        DocumentProblems problems = new DocumentProblems();
        if (problems.key("key", key) && taken.test(key)) {
            problems.add("key", "'" + key + "' is the key of another question set");
        }
        problems.requiredText("title", title, TITLE_MAX_LENGTH);
        return asDraftProblems(problems);
    }

    public List<DraftProblem> details(String title, String intro) {
        DocumentProblems problems = new DocumentProblems();
        problems.requiredText("title", title, TITLE_MAX_LENGTH);
        problems.optionalText("intro", intro, INTRO_MAX_LENGTH);
        return asDraftProblems(problems);
    }

    /** @param rows the bands form's filled rows, in order */
    public List<DraftProblem> bands(List<BandEntry> rows) {
        DocumentProblems problems = new DocumentProblems();
        ScoreBandRules.check(rows, BAND_WORDING, problems);
        return asDraftProblems(problems);
    }

    /** A change to an existing category. */
    public List<DraftProblem> category(String name, String description, BigDecimal weight) {
        return asDraftProblems(categoryProblems(name, description, weight));
    }

    public List<DraftProblem> newCategory(
            QuestionSetVersion draft, String key, String name, String description, BigDecimal weight) {
        DocumentProblems problems = categoryProblems(name, description, weight);
        if (problems.key("key", key) && draft.category(key).isPresent()) {
            problems.add("key", "'" + key + "' is the key of another category of this set");
        }
        if (draft.getCategories().size() >= MAX_CATEGORIES) {
            problems.add("", "a set has at most " + MAX_CATEGORIES + " categories");
        }
        return asDraftProblems(problems);
    }

    /** A change to an existing question. */
    public List<DraftProblem> question(QuestionContent content) {
        return asDraftProblems(questionProblems(content));
    }

    public List<DraftProblem> newQuestion(
            QuestionSetVersion draft, Category category, String questionKey, QuestionContent content) {
        DocumentProblems problems = questionProblems(content);
        if (problems.key("key", questionKey)
                && draft.categoryOfQuestion(questionKey).isPresent()) {
            problems.add("key", "'" + questionKey + "' is the key of another question of this set");
        }
        if (category.getQuestions().size() >= MAX_QUESTIONS_PER_CATEGORY) {
            problems.add("", "a category has at most " + MAX_QUESTIONS_PER_CATEGORY + " questions");
        }
        return asDraftProblems(problems);
    }

    /**
     * The texts of a draft in one language, as the translation form sends them: only texts the draft has, each within
     * the limit of the text it translates. A blank one is no problem: it reads in English.
     *
     * @param texts by text key ({@link TranslatableText}); each problem is on its key
     */
    public List<DraftProblem> translation(QuestionSetDefinition draft, Map<String, String> texts) {
        DocumentProblems problems = new DocumentProblems();
        Map<String, TranslatableText> known = new java.util.HashMap<>();
        TranslatableText.of(draft).forEach(text -> known.put(text.key(), text));
        texts.forEach((key, text) -> {
            TranslatableText original = known.get(key);
            if (original == null) {
                problems.add(key, "is not a text of this draft (it may have been removed meanwhile)");
            } else if (text != null && !text.isBlank()) {
                problems.optionalText(key, text.strip(), original.maxLength());
            }
        });
        return asDraftProblems(problems);
    }

    /** What publishing would refuse: the whole draft against the rules every set follows. */
    public List<DraftProblem> beforePublishing(QuestionSetDefinition draft) {
        return documents.validate(QuestionSetDocument.of(draft)).stream()
                .map(problem -> new DraftProblem("", describe(problem, draft)))
                .toList();
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
        Integer threshold = content.mustHaveThreshold();
        if (threshold != null && (threshold < ScoringService.MIN_ANSWER || threshold > ScoringService.MAX_ANSWER)) {
            problems.add("mustHaveThreshold", "must be a number of points from 1 to 5");
        }
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

    /** A document path like {@code categories[0].questions[1].text} as the category's name and the question's key. */
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

    private static List<DraftProblem> asDraftProblems(DocumentProblems problems) {
        return problems.list().stream()
                .map(problem -> new DraftProblem(problem.path(), problem.message()))
                .toList();
    }
}
