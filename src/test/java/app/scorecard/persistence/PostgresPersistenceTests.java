package app.scorecard.persistence;

import app.scorecard.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** All migrations and the repository tests on a real PostgreSQL server, what organisations run in production. */
class PostgresPersistenceTests extends PersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
