package app.scorecard.startup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * The settings that decide which beans the application has, as opposed to how they behave. Spring AOT evaluates every
 * {@code @Profile} and {@code @Conditional…} once, at build time, and the processed jar then has exactly the beans the
 * build's configuration gave it: started with single sign-on configured, a mail server, the {@code postgres} profile or
 * Swagger UI turned off, it would silently ignore them. So the build records these choices beside its generated code
 * and every start compares them with its own ({@link AheadOfTimeGuard}).
 *
 * <p>Each entry is a setting some condition reads — ours or one of Spring Boot's auto-configurations the application
 * depends on. A setting whose value is only used by a bean (the database URL, a password, a duration) does not belong
 * here: the processed jar binds those at run time as usual. Values are recorded as the conditions see them ("on" when a
 * mail host is set, whatever the host), so configuring a different mail server keeps the fast start.
 */
public record BuildTimeChoices(SortedMap<String, String> choices) {

    /** Where the build puts its choices in the processed jar. */
    public static final String RESOURCE = "META-INF/scorecard/build-time-choices.properties";

    /** Properties whose value some condition compares as written. */
    private static final String[] VALUES = {
        "spring.autoconfigure.exclude",
        "spring.h2.console.enabled",
        "spring.data.jpa.repositories.bootstrap-mode",
        "spring.web.resources.chain.enabled",
        "springdoc.api-docs.enabled",
        "springdoc.swagger-ui.enabled",
        "scorecard.scheduling",
        "management.server.port",
        "management.endpoints.web.exposure.include",
        "management.endpoints.web.exposure.exclude",
        "management.endpoint.health.probes.enabled",
        "management.health.mail.enabled",
        "management.health.db.enabled",
    };

    /** Properties whose presence (any value but blank) some condition tests. */
    private static final String[] PRESENT = {
        "scorecard.sso.issuer",
        "spring.mail.host",
        "spring.mail.jndi-name",
        "scorecard.verify-results",
        "scorecard.generate",
    };

    public BuildTimeChoices {
        choices = new TreeMap<>(choices);
    }

    /** The choices {@code environment} makes, evaluated the way the conditions evaluate them. */
    public static BuildTimeChoices of(Environment environment) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("profiles", String.join(",", environment.getActiveProfiles()));
        for (String name : VALUES) {
            choices.put(name, Objects.toString(environment.getProperty(name), ""));
        }
        for (String name : PRESENT) {
            String value = environment.getProperty(name);
            choices.put(name, value == null || value.isBlank() || value.equals("false") ? "off" : "on");
        }
        // Spring Boot's @ConditionalOnThreading(VIRTUAL): the property, and a Java that has virtual threads.
        boolean virtualThreads = environment.getProperty("spring.threads.virtual.enabled", Boolean.class, false)
                && Runtime.version().feature() >= 21;
        choices.put("threads", virtualThreads ? "virtual" : "platform");
        return new BuildTimeChoices(new TreeMap<>(choices));
    }

    /** Reads the choices a build recorded, or {@code null} when {@code in} is {@code null} (no recording). */
    public static @Nullable BuildTimeChoices read(@Nullable InputStream in) {
        if (in == null) {
            return null;
        }
        try (in) {
            Properties properties = new Properties();
            properties.load(in);
            SortedMap<String, String> choices = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> choices.put(name, properties.getProperty(name)));
            return new BuildTimeChoices(choices);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** The choices as a properties document, sorted, so that builds of the same sources write the same file. */
    public String write() {
        StringBuilder out = new StringBuilder(
                "# The settings this jar's Spring AOT code was generated with (app.scorecard.startup.BuildTimeChoices)\n");
        choices.forEach((name, value) ->
                out.append(name).append('=').append(escaped(value)).append('\n'));
        return out.toString();
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            }
        }
        // A value's leading blanks would be read as the separator's.
        return out.isEmpty() || out.charAt(0) != ' ' ? out.toString() : "\\" + out;
    }

    /** Each choice that differs, as "name: here (build: there)"; empty when this start may use the build's code. */
    public String differencesFrom(BuildTimeChoices build) {
        StringBuilder differences = new StringBuilder();
        TreeMap<String, String> all = new TreeMap<>(build.choices);
        all.putAll(choices);
        all.keySet().forEach(name -> {
            String here = choices.getOrDefault(name, "");
            String there = build.choices.getOrDefault(name, "");
            if (!here.equals(there)) {
                if (!differences.isEmpty()) {
                    differences.append("; ");
                }
                differences
                        .append(name)
                        .append(": '")
                        .append(here)
                        .append("' (build: '")
                        .append(there)
                        .append("')");
            }
        });
        return differences.toString();
    }

    static BuildTimeChoices parse(String text) {
        return Objects.requireNonNull(read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1))));
    }
}
