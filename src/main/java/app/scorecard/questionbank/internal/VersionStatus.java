package app.scorecard.questionbank.internal;

/** The life cycle of a question-set version. Only drafts can change; published and retired versions are frozen. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED;

    public boolean isFrozen() {
        return this != DRAFT;
    }
}
