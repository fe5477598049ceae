package app.scorecard.account;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The languages the pages speak. English is the default: for a browser that asks for none of them, too. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN),
    FR(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's tag as stored and sent in forms and cookies: {@code en}, {@code de}, {@code fr}. */
    public String tag() {
        return locale.getLanguage();
    }

    /** The language with this tag (any case, a region ignored: {@code de-CH} is German); none for anything else. */
    public static Optional<Language> ofTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        for (Language candidate : values()) {
            if (candidate.tag().equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first of the browser's languages, most wanted first, that the pages speak. */
    public static Optional<Language> firstOf(Enumeration<Locale> wanted) {
        while (wanted.hasMoreElements()) {
            Optional<Language> language = ofTag(wanted.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
