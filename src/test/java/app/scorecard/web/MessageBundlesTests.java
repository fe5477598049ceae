package app.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle the application reads ({@code spring.messages.basename}, bundles added later included) speaks
 * German and French as completely as English: the same keys, the same placeholders, each text a valid MessageFormat.
 */
class MessageBundlesTests {

    static final List<String> TRANSLATIONS = List.of("de", "fr");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(\\s*,\\s*(\\w+))?");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Stream<String> basenames() throws IOException {
        String basenames = resource("application.properties").getProperty("spring.messages.basename");
        return Arrays.stream(basenames.split(",")).map(String::strip).filter(name -> !name.isEmpty());
    }

    @Test
    void theApplicationReadsTheMainBundleAmongItsBasenames() throws IOException {
        assertThat(basenames()).contains("messages");
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyTranslationHasEveryKeyOfTheEnglishBundleAndNoOther(String basename) throws IOException {
        Properties english = resource(basename + ".properties");
        assertThat(english).as("the English bundle %s", basename).isNotEmpty();
        for (String language : TRANSLATIONS) {
            Properties translated = resource(basename + "_" + language + ".properties");
            assertThat(new TreeSet<>(translated.stringPropertyNames()))
                    .as("the keys of %s_%s", basename, language)
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(english.stringPropertyNames()));
        }
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText(String basename) throws IOException {
        Properties english = resource(basename + ".properties");
        for (String language : TRANSLATIONS) {
            Properties translated = resource(basename + "_" + language + ".properties");
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key, "")))
                        .as("the placeholders of %s in %s_%s", key, basename, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void everyTextIsAMessageFormatWhoseApostrophesShow(String basename) throws IOException {
        for (String language : Stream.concat(
                        Stream.of(""), TRANSLATIONS.stream().map(l -> "_" + l))
                .toList()) {
            Properties bundle = resource(basename + language + ".properties");
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language.substring(1));
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThatCode(() -> new MessageFormat(text, locale))
                        .as("%s in %s%s", key, basename, language)
                        .doesNotThrowAnyException();
                if (!placeholders(text).isEmpty()) {
                    // with arguments the text goes through MessageFormat, where a single apostrophe starts a quote
                    assertThat(LONE_APOSTROPHE.matcher(text).find())
                            .as("a single apostrophe (write '' or ’) in %s of %s%s: %s", key, basename, language, text)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void thePlaceholdersAreReadWithTheirFormat() {
        assertThat(placeholders("{0,choice,1#1 question|1<{0} questions} · about {1} minutes"))
                .containsExactly("0", "0,choice", "1");
    }

    /** Each argument a text uses, with its format where it names one ({@code 1,choice}), nested ones included. */
    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group(3) == null ? argument.group(1) : argument.group(1) + "," + argument.group(3));
        }
        return found;
    }

    private static Properties resource(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("%s on the class path", name).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
