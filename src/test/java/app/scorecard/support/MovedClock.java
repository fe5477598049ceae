package app.scorecard.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock replaced by a {@link TestClock} at {@link TimedJobsTest#START}, for {@link TimedJobsTest}. */
@TestConfiguration(proxyBeanMethods = false)
class MovedClock {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(TimedJobsTest.START);
    }
}
