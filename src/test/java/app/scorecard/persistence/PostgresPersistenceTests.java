package app.scorecard.persistence;

import app.scorecard.support.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** All migrations and the repository tests on a real PostgreSQL server, what organisations run in production. */
@Tag("smoke") // also run on Java 25 by .ci/run
class PostgresPersistenceTests extends PersistenceContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }
}
