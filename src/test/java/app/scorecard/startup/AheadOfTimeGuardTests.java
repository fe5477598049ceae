package app.scorecard.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

@Tag("smoke") // also run on Java 25 by .ci/run
class AheadOfTimeGuardTests {

    private final DeferredLogs logs = new DeferredLogs();
    private final AheadOfTimeGuard guard = new AheadOfTimeGuard(logs);

    @AfterEach
    void ordinaryStartsAgain() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
    }

    @Test
    void aStartConfiguredAsTheBuildWasUsesTheGeneratedCode() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org");

        guard.postProcessEnvironment(
                environment,
                applicationBuiltWith(BuildTimeChoices.of(
                        new MockEnvironment().withProperty("spring.mail.host", "other.example.org"))));

        assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    }

    @Test
    void aStartWithSingleSignOnTheBuildDidNotHaveStartsOrdinarily() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        MockEnvironment environment =
                new MockEnvironment().withProperty("scorecard.sso.issuer", "https://id.example.org");

        guard.postProcessEnvironment(environment, applicationBuiltWith(BuildTimeChoices.of(new MockEnvironment())));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aProfileTheBuildDidNotHaveStartsOrdinarily() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("postgres");

        guard.postProcessEnvironment(environment, applicationBuiltWith(BuildTimeChoices.of(new MockEnvironment())));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void aJarNeverProcessedStartsOrdinarilyInsteadOfFailing() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");

        guard.postProcessEnvironment(new MockEnvironment(), applicationBuiltWith(null));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
    }

    @Test
    void anOrdinaryStartIsLeftAlone() {
        guard.postProcessEnvironment(new MockEnvironment(), applicationBuiltWith(null));

        assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
        assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).isNull();
    }

    /** An application whose class path holds {@code choices} as the build's recording ({@code null}: none). */
    private static SpringApplication applicationBuiltWith(BuildTimeChoices choices) {
        ClassLoader loader = new ClassLoader(AheadOfTimeGuardTests.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals(BuildTimeChoices.RESOURCE)) {
                    return super.getResourceAsStream(name);
                }
                return choices == null
                        ? null
                        : new ByteArrayInputStream(choices.write().getBytes(StandardCharsets.ISO_8859_1));
            }
        };
        SpringApplication application = new SpringApplication();
        application.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(loader));
        return application;
    }
}
