package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.QuestionBankRules.BAND_LABEL_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.DESCRIPTION_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.GUIDANCE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.INTRO_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.NAME_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.POLE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.QUESTION_TEXT_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.TITLE_MAX_LENGTH;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.scoring.Band;
import java.util.ArrayList;
import java.util.List;

/**
 * One text of a version that a person reads, and so can be translated: its key — the path of its translation in a
 * document's {@code translations.<language>} block, such as {@code questions.fix-root-causes.guidance.nextStep} — its
 * English original and the longest a translation may be.
 *
 * @param field what it is: {@code title}, {@code intro}, {@code band}, {@code name}, {@code description}, {@code text},
 *     {@code excellencePole}, {@code mediocrityPole}, {@code guidanceExcellent} or {@code guidanceNextStep}
 * @param owner the band's minimum, the category's or the question's key; empty for the title and introduction
 */
public record TranslatableText(String key, String field, String owner, String original, int maxLength) {

    public static final String TITLE = "title";
    public static final String INTRO = "intro";

    public static String band(int min) {
        return "bands." + min;
    }

    public static String categoryName(String category) {
        return "categories." + category + ".name";
    }

    public static String categoryDescription(String category) {
        return "categories." + category + ".description";
    }

    public static String questionText(String question) {
        return "questions." + question + ".text";
    }

    public static String excellencePole(String question) {
        return "questions." + question + ".excellencePole";
    }

    public static String mediocrityPole(String question) {
        return "questions." + question + ".mediocrityPole";
    }

    public static String guidanceExcellent(String question) {
        return "questions." + question + ".guidance.excellent";
    }

    public static String guidanceNextStep(String question) {
        return "questions." + question + ".guidance.nextStep";
    }

    /**
     * Every text of a version a person reads, in the order a reader meets them: title, introduction, bands, then each
     * category with its questions. Optional texts the version does not have (no introduction, no description, no
     * poles) are not there to translate.
     */
    public static List<TranslatableText> of(QuestionSetDefinition version) {
        List<TranslatableText> texts = new ArrayList<>();
        texts.add(new TranslatableText(TITLE, "title", "", version.title(), TITLE_MAX_LENGTH));
        if (version.intro() != null) {
            texts.add(new TranslatableText(INTRO, "intro", "", version.intro(), INTRO_MAX_LENGTH));
        }
        for (Band band : version.bands()) {
            String min = Integer.toString(band.min());
            texts.add(new TranslatableText(band(band.min()), "band", min, band.label(), BAND_LABEL_MAX_LENGTH));
        }
        for (CategoryDefinition category : version.categories()) {
            String key = category.key();
            texts.add(new TranslatableText(categoryName(key), "name", key, category.name(), NAME_MAX_LENGTH));
            if (category.description() != null) {
                texts.add(new TranslatableText(
                        categoryDescription(key), "description", key, category.description(), DESCRIPTION_MAX_LENGTH));
            }
            for (QuestionDefinition question : category.questions()) {
                addQuestion(texts, question);
            }
        }
        return texts;
    }

    private static void addQuestion(List<TranslatableText> texts, QuestionDefinition question) {
        String key = question.key();
        texts.add(new TranslatableText(questionText(key), "text", key, question.text(), QUESTION_TEXT_MAX_LENGTH));
        if (question.kind() == QuestionKind.EITHER_OR) {
            texts.add(new TranslatableText(
                    excellencePole(key), "excellencePole", key, question.excellencePole(), POLE_MAX_LENGTH));
            texts.add(new TranslatableText(
                    mediocrityPole(key), "mediocrityPole", key, question.mediocrityPole(), POLE_MAX_LENGTH));
        }
        texts.add(new TranslatableText(
                guidanceExcellent(key),
                "guidanceExcellent",
                key,
                question.guidance().excellent(),
                GUIDANCE_MAX_LENGTH));
        texts.add(new TranslatableText(
                guidanceNextStep(key),
                "guidanceNextStep",
                key,
                question.guidance().nextStep(),
                GUIDANCE_MAX_LENGTH));
    }

    /** The keys of the texts of a version that a language does not translate: readers of it read them in English. */
    public static List<String> untranslated(QuestionSetDefinition version, String language) {
        return of(version).stream()
                .map(TranslatableText::key)
                .filter(key -> !version.translations().in(language).containsKey(key))
                .toList();
    }
}
