package app.scorecard.questionbank.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A draft's texts in one language as posted: one text per text key ({@code texts[questions.serve-by-choice.text]}),
 * blank for a text that reads in English, and the draft's lock version the form was based on.
 */
public class TranslationForm {

    private Map<String, String> texts = new LinkedHashMap<>();
    private long lockVersion;

    static TranslationForm of(Map<String, String> texts, long lockVersion) {
        TranslationForm form = new TranslationForm();
        form.texts = new LinkedHashMap<>(texts);
        form.lockVersion = lockVersion;
        return form;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public void setTexts(Map<String, String> texts) {
        this.texts = texts;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(long lockVersion) {
        this.lockVersion = lockVersion;
    }
}
