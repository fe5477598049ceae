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

import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.internal.QuestionSetDocument.CategoryEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.GuidanceEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.QuestionEntry;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks a whole question-set document against {@link QuestionBankRules} and lists every problem with its path. */
@Component
public class QuestionSetDocumentValidator {

    private static final ScoreBandRules.Wording BAND_WORDING = new ScoreBandRules.Wording(
            "must list at least one band, or be left out to use the default bands",
            previous -> "must be greater than the previous band's minimum (" + previous + ")");

    public List<DocumentProblem> validate(QuestionSetDocument document) {
        DocumentProblems problems = new DocumentProblems();
        problems.key("key", document.key());
        problems.requiredText("title", document.title(), TITLE_MAX_LENGTH);
        problems.optionalText("intro", document.intro(), INTRO_MAX_LENGTH);
        if (document.bands() != null) { // left out, the default bands apply
            ScoreBandRules.check(document.bands(), BAND_WORDING, problems);
        }
        validateCapBand(document, problems);
        validateCategories(document.categories(), problems);
        TranslationRules.check(document, problems);
        return problems.list();
    }

    /** A cap band, when named, is one of the set's bands (the default ones when it lists none). */
    private static void validateCapBand(QuestionSetDocument document, DocumentProblems problems) {
        if (document.capBand() == null) {
            return;
        }
        List<String> labels = document.bands() == null
                ? ScoringModel.DEFAULT_BANDS.stream().map(Band::label).toList()
                : document.bands().stream()
                        .filter(java.util.Objects::nonNull)
                        .map(QuestionSetDocument.BandEntry::label)
                        .filter(java.util.Objects::nonNull)
                        .map(String::strip)
                        .toList();
        if (!labels.contains(document.capBand().strip())) {
            problems.add("capBand", "must be the label of one of the set's bands: " + String.join(", ", labels));
        }
    }

    private static void validateCategories(List<CategoryEntry> categories, DocumentProblems problems) {
        if (categories == null || categories.isEmpty()) {
            problems.add("categories", "must list at least one category");
            return;
        }
        if (categories.size() > MAX_CATEGORIES) {
            problems.add("categories", "must not list more than " + MAX_CATEGORIES + " categories");
        }
        Set<String> categoryKeys = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        for (int c = 0; c < categories.size(); c++) {
            String path = "categories[" + c + "]";
            CategoryEntry category = categories.get(c);
            if (category == null) {
                problems.add(path, "must not be empty");
                continue;
            }
            if (problems.key(path + ".key", category.key()) && !categoryKeys.add(category.key())) {
                problems.add(path + ".key", "'" + category.key() + "' is used by another category of this set");
            }
            problems.requiredText(path + ".name", category.name(), NAME_MAX_LENGTH);
            problems.optionalText(path + ".description", category.description(), DESCRIPTION_MAX_LENGTH);
            problems.weight(path + ".weight", category.weight());
            List<QuestionEntry> questions = category.questions();
            if (questions == null || questions.isEmpty()) {
                problems.add(path + ".questions", "must list at least one question");
                continue;
            }
            if (questions.size() > MAX_QUESTIONS_PER_CATEGORY) {
                problems.add(
                        path + ".questions", "must not list more than " + MAX_QUESTIONS_PER_CATEGORY + " questions");
            }
            for (int q = 0; q < questions.size(); q++) {
                validateQuestion(path + ".questions[" + q + "]", questions.get(q), questionKeys, problems);
            }
        }
    }

    private static void validateQuestion(
            String path, QuestionEntry question, Set<String> questionKeys, DocumentProblems problems) {
        if (question == null) {
            problems.add(path, "must not be empty");
            return;
        }
        if (problems.key(path + ".key", question.key()) && !questionKeys.add(question.key())) {
            problems.add(path + ".key", "'" + question.key() + "' is used by another question of this set");
        }
        problems.requiredText(path + ".text", question.text(), QUESTION_TEXT_MAX_LENGTH);
        problems.weight(path + ".weight", question.weight());
        if (question.mustHave() != null && question.mustHave().threshold() != null) {
            int threshold = question.mustHave().threshold();
            if (threshold < ScoringService.MIN_ANSWER || threshold > ScoringService.MAX_ANSWER) {
                problems.add(path + ".mustHave.threshold", "must be a number of points from 1 to 5");
            }
        }
        QuestionKind kind = kindOf(question.kind());
        if (kind == null) {
            problems.add(path + ".kind", "must be AGREEMENT or EITHER_OR");
        } else if (kind == QuestionKind.EITHER_OR) {
            problems.requiredText(path + ".excellencePole", question.excellencePole(), POLE_MAX_LENGTH);
            problems.requiredText(path + ".mediocrityPole", question.mediocrityPole(), POLE_MAX_LENGTH);
            if (Boolean.TRUE.equals(question.reverse())) {
                problems.add(
                        path + ".reverse",
                        "applies only to AGREEMENT questions: an either/or question's scale already runs from its"
                                + " mediocrity pole (1) to its excellence pole (5)");
            }
        } else {
            if (question.excellencePole() != null) {
                problems.add(path + ".excellencePole", "applies only to EITHER_OR questions");
            }
            if (question.mediocrityPole() != null) {
                problems.add(path + ".mediocrityPole", "applies only to EITHER_OR questions");
            }
        }
        GuidanceEntry guidance = question.guidance();
        if (guidance == null) {
            problems.add(path + ".guidance", "is required: what excellent looks like, and one step to get there");
        } else {
            problems.requiredText(path + ".guidance.excellent", guidance.excellent(), GUIDANCE_MAX_LENGTH);
            problems.requiredText(path + ".guidance.nextStep", guidance.nextStep(), GUIDANCE_MAX_LENGTH);
        }
    }

    static QuestionKind kindOf(String kind) {
        if (kind == null) {
            return null;
        }
        for (QuestionKind candidate : QuestionKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }
}
