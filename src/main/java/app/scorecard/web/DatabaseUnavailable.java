package app.scorecard.web;

/** What pages and the API tell a client when the database is out of reach. */
final class DatabaseUnavailable {

    /** Long enough for a pool to free a connection or a database to come back, short enough not to lose people. */
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {}
}
