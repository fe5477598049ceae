package app.scorecard.questionbank.internal;

/** What the audit log records. */
public enum BankAction {
    CREATED_SET,
    OPENED_DRAFT,
    EDITED_DRAFT,
    DISCARDED_DRAFT,
    PUBLISHED,
    RETIRED,
    RESTORED,
    IMPORTED
}
