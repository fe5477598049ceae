package app.scorecard.account.internal;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, while no account exists: creates the first admin from {@link FirstAdminProperties} when they are given,
 * otherwise prints a fresh one-time setup code to the log. Runs after the demo data, which brings its own accounts, and
 * before a generated history, which brings an account that cannot sign in.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final AccountService accounts;
    private final InitialSetup setup;
    private final FirstAdminProperties firstAdmin;

    FirstAdminBootstrap(AccountService accounts, InitialSetup setup, FirstAdminProperties firstAdmin) {
        this.accounts = accounts;
        this.setup = setup;
        this.firstAdmin = firstAdmin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            setup.discardCodes();
            return;
        }
        if (firstAdmin.isGiven()) {
            try {
                accounts.create(firstAdmin.username(), "Administrator", firstAdmin.password(), Set.of(Role.ADMIN));
                setup.discardCodes();
                log.info("Created the first admin '{}' from scorecard.admin.username", firstAdmin.username());
                return;
            } catch (InvalidAccountException e) {
                throw new IllegalStateException(
                        "SCORECARD_ADMIN_USERNAME / SCORECARD_ADMIN_PASSWORD were refused: " + e.getMessage(), e);
            }
        }
        setup.issueCode().ifPresent(code -> log.warn("""

                ==================================================================
                  No accounts yet. To create the first admin, open /setup and
                  enter this one-time setup code:   {}
                  (A new code is printed at every start until setup is done.)
                ==================================================================""", code));
    }
}
