package app.scorecard.questionbank.internal;

import static app.scorecard.questionbank.internal.Drafts.refuseIfAny;

import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.Translations;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of a draft in the languages beside English, for admins: one language's texts at a time. Like every change
 * to a draft, each carries the lock version its form was based on and is written to the audit log in the same
 * transaction; a published version's texts never change.
 */
@Service
@Transactional
public class DraftTranslations {

    private final Drafts drafts;
    private final DraftValidator validator;

    DraftTranslations(Drafts drafts, DraftValidator validator) {
        this.drafts = drafts;
        this.validator = validator;
    }

    /**
     * Replaces the draft's texts in one language. A blank text reads in English.
     *
     * @param texts by text key ({@link TranslatableText}); keys the draft has not are refused
     * @throws QuestionSetNotFoundException when the set has no open draft, or the language is not one the bank is
     *     translated into
     * @throws InvalidDraftException listing every text refused, each on its key; nothing changes
     */
    public void update(String setKey, long lockVersion, String language, Map<String, String> texts, String actor) {
        requireLanguage(setKey, language);
        QuestionSetVersion draft = drafts.locked(setKey, lockVersion);
        QuestionSetDefinition before = draft.toDefinition();
        refuseIfAny(validator.translation(before, texts));
        Map<String, String> given = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                given.put(key, text.strip());
            }
        });
        Map<String, String> old = before.translations().in(language);
        if (given.equals(old)) {
            return;
        }
        draft.replaceTranslations(language, given);
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        drafts.changed(draft, actor, "Changed the " + name + " texts (" + changes(old, given) + ")");
    }

    /** @throws QuestionSetNotFoundException when the language is not one the bank is translated into */
    public static void requireLanguage(String setKey, String language) {
        if (!Translations.isTranslatedLanguage(language)) {
            throw new QuestionSetNotFoundException(setKey + "/translations/" + language);
        }
    }

    private static String changes(Map<String, String> old, Map<String, String> given) {
        long added =
                given.keySet().stream().filter(key -> !old.containsKey(key)).count();
        long removed =
                old.keySet().stream().filter(key -> !given.containsKey(key)).count();
        long changed = given.keySet().stream()
                .filter(key -> old.containsKey(key) && !Objects.equals(old.get(key), given.get(key)))
                .count();
        return added + " added, " + changed + " changed, " + removed + " removed";
    }
}
