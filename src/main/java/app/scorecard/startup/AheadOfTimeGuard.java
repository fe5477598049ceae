package app.scorecard.startup;

import org.apache.commons.logging.Log;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Lets a start use the bean definitions Spring AOT generated at build time ({@code -Dspring.aot.enabled=true}) only when
 * it is configured the way the build was; otherwise it starts the ordinary way — a few seconds slower, with every
 * setting honoured — and says why in the log. Runs once the configuration is read and before the application context
 * is made, which is when Spring Boot decides between the generated code and the annotated classes.
 *
 * <p>Without this, a container built with the defaults and started with single sign-on, a mail server or the
 * {@code postgres} profile would quietly run without them ({@link BuildTimeChoices}).
 */
public class AheadOfTimeGuard implements EnvironmentPostProcessor {

    private final Log log;

    public AheadOfTimeGuard(DeferredLogFactory logs) {
        this.log = logs.getLog(AheadOfTimeGuard.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        BuildTimeChoices build =
                BuildTimeChoices.read(application.getClassLoader().getResourceAsStream(BuildTimeChoices.RESOURCE));
        if (build == null) {
            startOrdinarily("this jar was not processed by Spring AOT (no " + BuildTimeChoices.RESOURCE + ")");
            return;
        }
        String differences = BuildTimeChoices.of(environment).differencesFrom(build);
        if (!differences.isEmpty()) {
            startOrdinarily("this start is configured differently from the build: " + differences
                    + ". For the fast start, build with the same settings (README, \"Faster start\")");
        }
    }

    private void startOrdinarily(String reason) {
        log.warn("Starting without the build-time bean definitions (Spring AOT): " + reason);
        // Spring's own switch: read again when the application context is created, right after this.
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
    }
}
