package app.scorecard.persistence;

/** The repository tests on the embedded default, H2. */
class H2PersistenceTests extends PersistenceContract {}
