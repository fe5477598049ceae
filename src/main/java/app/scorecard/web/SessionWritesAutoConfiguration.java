package app.scorecard.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * When sessions live in the database (the {@code postgres} profile), the session filter uses them through a
 * {@link ThrottledAccessSessionRepository}: a signed-in page reads its session but no longer writes it back just to
 * move the access time. An auto-configuration, because it applies only once Spring Boot has made the JDBC sessions.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
class SessionWritesAutoConfiguration {

    static final Duration ACCESS_TIME_GRANULARITY = Duration.ofMinutes(1);

    @Bean
    @Primary
    ThrottledAccessSessionRepository<?> throttledAccessSessionRepository(JdbcIndexedSessionRepository sessions) {
        return new ThrottledAccessSessionRepository<>(sessions, ACCESS_TIME_GRANULARITY);
    }
}
