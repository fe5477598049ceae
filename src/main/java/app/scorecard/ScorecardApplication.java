package app.scorecard;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** Excellence Scorecard: question sets about service excellence, answered in a browser, turned into a scorecard. */
@SpringBootApplication
@EnableScheduling
public class ScorecardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScorecardApplication.class, args);
    }

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
