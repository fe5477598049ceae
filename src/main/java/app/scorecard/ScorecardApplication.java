package app.scorecard;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

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
}
