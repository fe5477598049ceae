package app.scorecard;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** Excellence Scorecard: question sets about service excellence, answered in a browser, turned into a scorecard. */
@SpringBootApplication
public class ScorecardApplication {

    /** The commands that run once and end the application ({@code --scorecard.verify-results}, …). */
    static final List<String> COMMANDS = List.of("--scorecard.verify-results", "--scorecard.generate");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ScorecardApplication.class);
        if (Arrays.stream(args).anyMatch(arg -> COMMANDS.stream().anyMatch(arg::startsWith))) {
            // A command runs none of the scheduled jobs (closing rounds, sending mail) beside it, and listens only on a
            // random port of the loopback address while it runs.
            application.setDefaultProperties(
                    Map.of("scorecard.scheduling", "off", "server.port", "0", "server.address", "127.0.0.1"));
        }
        application.run(args);
    }

    /** The scheduled jobs: closing rounds past their date, sending mail, reminders — not while a command runs. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "scorecard.scheduling", havingValue = "on", matchIfMissing = true)
    @EnableScheduling
    static class Scheduling {}

    /** The one source of "now", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * A method that runs without a transaction ({@code SUPPORTS}, {@code NOT_SUPPORTED}) holds no connection between
     * its statements: each borrows one and gives it back. By default such a method keeps the first connection it uses
     * to its end, and a transactional call made inside it then takes a second one — with as many requests as the pool
     * has connections, each holding one and waiting for another, the pool runs dry (seen under load).
     */
    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> noConnectionsOutsideTransactions() {
        return transactions -> transactions.setTransactionSynchronization(
                AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
    }
}
