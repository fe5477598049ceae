package app.scorecard.account;

/**
 * An account as its edit page shows it: with the version the edit form carries back (so a change made meanwhile is
 * not overwritten), and whether its password is a temporary one not yet replaced.
 */
public record AccountDetails(Account account, long version, boolean mustChangePassword) {}
