package app.scorecard.web.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What pages and the API tell a client when the database is out of reach, and how to recognise that case. */
public final class DatabaseUnavailable {

    /** Long enough for a pool to free a connection or a database to come back, short enough not to lose people. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {}

    /**
     * Whether this failure comes from the database being out of reach: no connection to be had, a connection that
     * broke or was ended by the server shutting down, a timeout. A connection that dies mid-transaction can surface as a failed rollback
     * that hides the first error; the cause chain still tells.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isOutOfReach(sql.getSQLState())) {
                return true;
            }
            // HikariCP closes a connection that broke; the rollback that follows then fails on the closed proxy with
            // this exception, which carries no SQL state, and the broken query's own error is lost behind it.
            if (cause instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Connection exceptions (class 08); the server shutting down, crashed or still starting (57P01–57P03, what a
     * stopped and restarted PostgreSQL gives its open connections and first callers); no connection slot left (53300).
     */
    private static boolean isOutOfReach(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }
}
