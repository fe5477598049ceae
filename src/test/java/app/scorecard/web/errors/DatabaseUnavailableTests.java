package app.scorecard.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database out of reach, or a pool with no connection to spare in time (as under overload on PostgreSQL with the
 * short connection timeout), is a 503 to try again — never a 500 that blames us.
 */
class DatabaseUnavailableTests {

    private final CannotCreateTransactionException noConnection = new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction: Connection is not available, request timed out after 3001ms");

    @Test
    void pagesAnswer503WithAPageThatSaysToTryAgain() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = new PageExceptionHandler().unavailable(noConnection, response);

        assertThat(view).isEqualTo("error/503");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void theApiAnswers503WithAProblemThatNamesNoInternals() throws Exception {
        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().unavailable(noConnection);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getDetail())
                .isEqualTo(
                        "The database is out of reach or too busy just now. Nothing was changed; please try again in a"
                                + " moment.")
                .doesNotContain("JPA", "3001");
    }

    @Test
    void aConnectionThatBrokeMidTransactionIsRecognisedEvenBehindAFailedRollback() {
        // what a dead pooled connection gave in TwoInstancesTests: the rollback failed and hid the query's error
        JpaSystemException rollbackFailed = new JpaSystemException(new PersistenceException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug of ours")))
                .isFalse();
    }

    @Test
    void aServerShuttingDownOrStartingIsRecognisedByItsSqlState() {
        // what PostgreSQL gave open connections when bench/two-instances-load.sh stopped it under load
        JpaSystemException terminated = new JpaSystemException(new PersistenceException(
                "JDBC exception executing SQL",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseUnavailable.causedBy(terminated)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("sorry, too many clients already", "53300")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")))
                .isFalse();
    }

    @Test
    void anyOtherDataFailureStaysAnErrorOfOurs() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        InvalidDataAccessApiUsageException bug = new InvalidDataAccessApiUsageException("a bug of ours");

        assertThatThrownBy(() -> new PageExceptionHandler().unavailable(bug, response))
                .isSameAs(bug);
    }
}
