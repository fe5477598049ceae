package app.scorecard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps checking its constraints after the connection that created them is gone — what happens
 * in the app when the pool retires the connection Flyway migrated with, while others keep the database open. H2 2.4.240
 * failed every insert there ("Check constraint invalid"), so the build pins a version that does not (see pom.xml).
 */
class H2ConstraintTests {

    @Test
    void aCheckConstraintStillHoldsAfterTheConnectionThatCreatedItIsClosed() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:constraints-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection keepsItOpen = h2.getConnection()) {
            try (Connection migrating = h2.getConnection();
                    Statement statement = migrating.createStatement()) {
                statement.execute("create table team_member (team_role varchar(16) not null,"
                        + " constraint ck_team_member_role check (team_role in ('MANAGER', 'MEMBER')))");
            }
            try (Statement statement = keepsItOpen.createStatement()) {
                assertThat(statement.executeUpdate("insert into team_member values ('MANAGER')"))
                        .isEqualTo(1);
                assertThatExceptionOfType(SQLException.class)
                        .isThrownBy(() -> statement.executeUpdate("insert into team_member values ('OWNER')"))
                        .withMessageContaining("CK_TEAM_MEMBER_ROLE")
                        .matches(e -> e.getSQLState().equals("23513"), "a violated constraint, not an invalid one");
            }
        }
    }
}
