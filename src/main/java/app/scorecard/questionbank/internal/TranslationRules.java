package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.QuestionBankRules.BAND_LABEL_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.DESCRIPTION_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.GUIDANCE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.INTRO_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.NAME_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.POLE_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.QUESTION_TEXT_MAX_LENGTH;
import static app.scorecard.questionbank.internal.QuestionBankRules.TITLE_MAX_LENGTH;

import app.scorecard.questionbank.QuestionKind;
import app.scorecard.questionbank.Translations;
import app.scorecard.questionbank.internal.QuestionSetDocument.BandEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.CategoryEntry;
import app.scorecard.questionbank.internal.QuestionSetDocument.QuestionEntry;
import app.scorecard.questionbank.internal.TranslationEntry.CategoryText;
import app.scorecard.questionbank.internal.TranslationEntry.QuestionText;
import app.scorecard.scoring.Band;
import app.scorecard.scoring.ScoringModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of a document's {@code translations} block: only the languages the bank is translated into, only texts the
 * document has — its bands by minimum, its categories and questions by key, a description or poles only where the
 * English has them — and each text within the limits of the text it translates. A text left out is no problem: it
 * reads in English.
 */
final class TranslationRules {

    private TranslationRules() {}

    static void check(QuestionSetDocument document, DocumentProblems problems) {
        if (document.translations() == null) {
            return;
        }
        document.translations().forEach((language, entry) -> {
            String path = "translations." + language;
            if (Translations.ENGLISH.equals(language)) {
                problems.add(path, "English is the document's own language: its texts are the set's texts");
            } else if (!Translations.isTranslatedLanguage(language)) {
                problems.add(
                        path,
                        "'" + language + "' is not a language question sets are translated into ("
                                + String.join(", ", Translations.LANGUAGES) + ")");
            } else if (entry == null) {
                problems.add(path, "must not be empty: leave the language out to show every text in English");
            } else {
                checkEntry(document, path, entry, problems);
            }
        });
    }

    private static void checkEntry(
            QuestionSetDocument document, String path, TranslationEntry entry, DocumentProblems problems) {
        text(path + ".title", entry.title(), TITLE_MAX_LENGTH, problems);
        if (entry.intro() != null
                && (document.intro() == null || document.intro().isBlank())) {
            problems.add(path + ".intro", "the set has no introduction to translate");
        } else {
            text(path + ".intro", entry.intro(), INTRO_MAX_LENGTH, problems);
        }
        if (entry.bands() != null) {
            Set<Integer> minimums = bandMinimums(document);
            entry.bands().forEach((min, label) -> {
                if (!minimums.contains(min)) {
                    problems.add(path + ".bands." + min, "the set has no band starting at " + min);
                } else {
                    text(path + ".bands." + min, label, BAND_LABEL_MAX_LENGTH, problems);
                }
            });
        }
        Map<String, CategoryEntry> categories = new HashMap<>();
        Map<String, QuestionEntry> questions = new HashMap<>();
        if (document.categories() != null) {
            document.categories().stream().filter(Objects::nonNull).forEach(category -> {
                categories.put(category.key(), category);
                if (category.questions() != null) {
                    category.questions().stream()
                            .filter(Objects::nonNull)
                            .forEach(question -> questions.put(question.key(), question));
                }
            });
        }
        if (entry.categories() != null) {
            entry.categories()
                    .forEach((key, text) ->
                            checkCategory(path + ".categories." + key, key, text, categories.get(key), problems));
        }
        if (entry.questions() != null) {
            entry.questions()
                    .forEach((key, text) ->
                            checkQuestion(path + ".questions." + key, key, text, questions.get(key), problems));
        }
    }

    private static void checkCategory(
            String path, String key, CategoryText text, CategoryEntry category, DocumentProblems problems) {
        if (category == null) {
            problems.add(path, "the set has no category '" + key + "'");
            return;
        }
        if (text == null) {
            problems.add(path, "must not be empty");
            return;
        }
        text(path + ".name", text.name(), NAME_MAX_LENGTH, problems);
        if (text.description() != null
                && (category.description() == null || category.description().isBlank())) {
            problems.add(path + ".description", "the category has no description to translate");
        } else {
            text(path + ".description", text.description(), DESCRIPTION_MAX_LENGTH, problems);
        }
    }

    private static void checkQuestion(
            String path, String key, QuestionText text, QuestionEntry question, DocumentProblems problems) {
        if (question == null) {
            problems.add(path, "the set has no question '" + key + "'");
            return;
        }
        if (text == null) {
            problems.add(path, "must not be empty");
            return;
        }
        text(path + ".text", text.text(), QUESTION_TEXT_MAX_LENGTH, problems);
        boolean eitherOr = QuestionSetDocumentValidator.kindOf(question.kind()) == QuestionKind.EITHER_OR;
        pole(path + ".excellencePole", text.excellencePole(), eitherOr, problems);
        pole(path + ".mediocrityPole", text.mediocrityPole(), eitherOr, problems);
        if (text.guidance() != null) {
            text(path + ".guidance.excellent", text.guidance().excellent(), GUIDANCE_MAX_LENGTH, problems);
            text(path + ".guidance.nextStep", text.guidance().nextStep(), GUIDANCE_MAX_LENGTH, problems);
        }
    }

    private static void pole(String path, String text, boolean eitherOr, DocumentProblems problems) {
        if (text != null && !eitherOr) {
            problems.add(path, "applies only to EITHER_OR questions");
        } else {
            text(path, text, POLE_MAX_LENGTH, problems);
        }
    }

    /** A translated text is optional; one given is not blank and no longer than the text it translates may be. */
    private static void text(String path, String text, int maxLength, DocumentProblems problems) {
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            problems.add(path, "must not be empty: leave it out to show the English text");
        } else {
            problems.optionalText(path, text, maxLength);
        }
    }

    private static Set<Integer> bandMinimums(QuestionSetDocument document) {
        Set<Integer> minimums = new HashSet<>();
        if (document.bands() == null) {
            ScoringModel.DEFAULT_BANDS.stream().map(Band::min).forEach(minimums::add);
        } else {
            document.bands().stream()
                    .filter(Objects::nonNull)
                    .map(BandEntry::min)
                    .filter(Objects::nonNull)
                    .forEach(minimums::add);
        }
        return minimums;
    }
}
