package app.scorecard.assessment;

import app.scorecard.results.ResultVerifier.Check;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --scorecard.verify-results}: recomputes every stored result and every response's scores
 * ({@link ResultVerification}), logs each difference, and ends the application — with exit status 0 when everything
 * stored is what its answers give, 1 when anything differs. A command, not a way to run the app; it changes nothing.
 */
@Component
@ConditionalOnProperty("scorecard.verify-results")
@Order(Ordered.LOWEST_PRECEDENCE)
class VerifyResultsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VerifyResultsCommand.class);

    private final ResultVerification verification;
    private final ApplicationContext context;

    VerifyResultsCommand(ResultVerification verification, ApplicationContext context) {
        this.verification = verification;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = verify();
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** @return the exit status: 0 when nothing differs, 1 otherwise */
    int verify() {
        List<Check> checks = verification.checkAll();
        long differing = 0;
        for (Check check : checks) {
            check.differences().forEach(difference -> log.error("Differs: {}", difference));
            if (!check.differences().isEmpty()) {
                differing++;
            }
        }
        long notRecomputed =
                checks.stream().filter(check -> !check.recomputed()).count();
        log.info(
                "Verified {} stored results: {} differ, {} match; {} kept from before results were records could only"
                        + " have their responses' scores checked",
                checks.size(),
                differing,
                checks.size() - differing,
                notRecomputed);
        return differing == 0 ? 0 : 1;
    }
}
