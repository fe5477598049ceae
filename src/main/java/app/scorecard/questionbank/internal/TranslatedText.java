package app.scorecard.questionbank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One text of a version in one language beside English, as stored with its version. */
@Embeddable
public class TranslatedText {

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "text_key", nullable = false)
    private String key;

    @Column(name = "text_value", nullable = false)
    private String text;

    protected TranslatedText() {}

    TranslatedText(String language, String key, String text) {
        this.language = language;
        this.key = key;
        this.text = text;
    }

    String language() {
        return language;
    }

    String key() {
        return key;
    }

    String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TranslatedText that
                && language.equals(that.language)
                && key.equals(that.key)
                && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, key, text);
    }
}
