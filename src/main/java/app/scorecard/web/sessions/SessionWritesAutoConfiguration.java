package app.scorecard.web.sessions;

import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When sessions live in the database (the {@code postgres} profile), a signed-in page costs one statement for its
 * session: the session filter uses them through a {@link ThrottledAccessSessionRepository}, which no longer writes a
 * session back just to move its access time, and reads them outside a transaction ({@link SessionTransactions}); their
 * attributes are read back by a {@link SessionAttributeDeserializer}. An
 * auto-configuration, because it applies only once Spring Boot has made the JDBC sessions; after the transaction
 * auto-configuration, so that its own {@code TransactionTemplate} is made before this other
 * {@code TransactionOperations}.
 */
@AutoConfiguration(after = {JdbcSessionAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
class SessionWritesAutoConfiguration {

    static final Duration ACCESS_TIME_GRANULARITY = Duration.ofMinutes(1);

    /**
     * The transactions Spring Session's repository runs its work in — found by this bean name. Otherwise the same as
     * Spring Session's own: a new transaction of the application's transaction manager.
     */
    @Bean
    SessionTransactions springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionTransactions(transactions);
    }

    /**
     * How session attributes are stored — found by this bean name. As Spring Session's own: Java serialisation; read
     * back by a {@link SessionAttributeDeserializer}, which looks each class up once.
     */
    @Bean
    GenericConversionService springSessionConversionService(ResourceLoader resources) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(
                byte[].class,
                Object.class,
                new DeserializingConverter(new SessionAttributeDeserializer(resources.getClassLoader())));
        return conversions;
    }

    @Bean
    @Primary
    ThrottledAccessSessionRepository<?> throttledAccessSessionRepository(
            JdbcIndexedSessionRepository sessions, SessionTransactions transactions) {
        return new ThrottledAccessSessionRepository<>(
                transactions.readingWithoutTransaction(sessions), ACCESS_TIME_GRANULARITY);
    }
}
