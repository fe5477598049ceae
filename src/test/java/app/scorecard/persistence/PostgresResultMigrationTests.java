package app.scorecard.persistence;

import app.scorecard.support.EmbeddedPostgres;
import javax.sql.DataSource;

/** The migration of earlier finished rounds on a real PostgreSQL server, what organisations run in production. */
class PostgresResultMigrationTests extends ResultMigrationContract {

    @Override
    DataSource newDatabase() {
        return EmbeddedPostgres.newDatabase();
    }
}
