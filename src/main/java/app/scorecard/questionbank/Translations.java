package app.scorecard.questionbank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A version's texts in the languages beside English, each by its text key ({@link TranslatableText}). English — the
 * texts the version itself holds — stands in for any text a language does not have. Part of the version: a published
 * version's translations never change either.
 *
 * @param byLanguage language code to text key to text; only languages of {@link #LANGUAGES}
 */
public record Translations(Map<String, Map<String, String>> byLanguage) {

    /** The language of a version's own texts, and the fallback for every text not translated. */
    public static final String ENGLISH = "en";

    /** The languages a version can be translated into, beside English. */
    public static final List<String> LANGUAGES = List.of("de", "fr");

    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, texts) -> {
            if (!texts.isEmpty()) {
                copy.put(language, Map.copyOf(texts));
            }
        });
        byLanguage = Map.copyOf(copy);
    }

    /** The language a reader with this locale reads question sets in: a translated one, otherwise English. */
    public static String languageOf(Locale locale) {
        String language = locale == null ? ENGLISH : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : ENGLISH;
    }

    /** Whether the bank has translations into this language ({@link #LANGUAGES}); English is no translation. */
    public static boolean isTranslatedLanguage(String language) {
        return LANGUAGES.contains(language);
    }

    /** The texts of one language by key; empty for English and for a language without any. */
    public Map<String, String> in(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    public Optional<String> text(String language, String key) {
        return Optional.ofNullable(in(language).get(key));
    }

    /** The translation of a text, or {@code original} where the language has none. */
    String textOr(String language, String key, String original) {
        if (original == null) {
            return null;
        }
        return in(language).getOrDefault(key, original);
    }

    /** These translations with one language's texts replaced; no texts removes the language. */
    public Translations with(String language, Map<String, String> texts) {
        Map<String, Map<String, String>> changed = new LinkedHashMap<>(byLanguage);
        changed.put(language, texts);
        return new Translations(changed);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
