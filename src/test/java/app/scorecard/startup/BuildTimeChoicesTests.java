package app.scorecard.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BuildTimeChoicesTests {

    @Test
    void recordsWhatTheConditionsSeeNotTheValuesBehindThem() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("scorecard.sso.issuer", "  ")
                .withProperty("scorecard.verify-results", "false")
                .withProperty("springdoc.swagger-ui.enabled", "false");
        environment.setActiveProfiles("postgres", "demo");

        BuildTimeChoices choices = BuildTimeChoices.of(environment);

        assertThat(choices.choices())
                .containsEntry("spring.mail.host", "on")
                .containsEntry("scorecard.sso.issuer", "off")
                .containsEntry("scorecard.verify-results", "off")
                .containsEntry("springdoc.swagger-ui.enabled", "false")
                .containsEntry("springdoc.api-docs.enabled", "")
                .containsEntry("profiles", "postgres,demo");
    }

    @Test
    void anotherMailServerOrDatabaseKeepsTheBuildsCodeButTurningAFeatureOnDoesNot() {
        BuildTimeChoices build =
                BuildTimeChoices.of(new MockEnvironment().withProperty("spring.mail.host", "a.example"));

        BuildTimeChoices otherServer = BuildTimeChoices.of(new MockEnvironment()
                .withProperty("spring.mail.host", "b.example")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/scorecard"));
        BuildTimeChoices withSignOn = BuildTimeChoices.of(new MockEnvironment()
                .withProperty("spring.mail.host", "a.example")
                .withProperty("scorecard.sso.issuer", "https://id.example.org"));

        assertThat(otherServer.differencesFrom(build)).isEmpty();
        assertThat(withSignOn.differencesFrom(build)).isEqualTo("scorecard.sso.issuer: 'on' (build: 'off')");
    }

    @Test
    void anotherRepositoryBootstrapModeIsAChoiceTheBuildMade() {
        // Spring Boot decides at build time whether Hibernate starts on a background thread: a start asking for it
        // against a jar built without it would silently not get it.
        BuildTimeChoices build = BuildTimeChoices.of(new MockEnvironment());

        BuildTimeChoices deferred = BuildTimeChoices.of(
                new MockEnvironment().withProperty("spring.data.jpa.repositories.bootstrap-mode", "deferred"));

        assertThat(deferred.differencesFrom(build))
                .isEqualTo("spring.data.jpa.repositories.bootstrap-mode: 'deferred' (build: '')");
    }

    @Test
    void everyDifferenceIsNamedAndAChoiceTheBuildDidNotKnowCountsAsOne() {
        BuildTimeChoices build = BuildTimeChoices.parse("profiles=\nscorecard.scheduling=\n");
        MockEnvironment environment = new MockEnvironment().withProperty("scorecard.scheduling", "off");
        environment.setActiveProfiles("postgres");

        String differences = BuildTimeChoices.of(environment).differencesFrom(build);

        assertThat(differences)
                .contains("profiles: 'postgres' (build: '')")
                .contains("scorecard.scheduling: 'off' (build: '')")
                // Recorded by a newer build only: still a difference, so an old jar never guesses.
                .contains("threads: 'platform' (build: '')");
    }

    @Test
    void theRecordingReadsBackAsWrittenWhateverTheValuesHold() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.autoconfigure.exclude", " a\\b=c:d,é\nnext")
                .withProperty("management.endpoints.web.exposure.include", "health,prometheus");

        BuildTimeChoices choices = BuildTimeChoices.of(environment);
        String written = choices.write();

        assertThat(BuildTimeChoices.parse(written)).isEqualTo(choices);
        assertThat(written.lines().skip(1)).isSorted();
        assertThat(written).isEqualTo(BuildTimeChoices.of(environment).write());
    }

    @Test
    void nothingRecordedReadsAsNothing() {
        assertThat(BuildTimeChoices.read(null)).isNull();
        assertThat(BuildTimeChoices.read(new ByteArrayInputStream("".getBytes(StandardCharsets.ISO_8859_1)))
                        .choices())
                .isEmpty();
    }
}
