package app.scorecard.assessment;

import java.time.Instant;

/** A draft as it now stands: its version (for the next save) and when it was saved. */
public record SavedDraft(long lockVersion, Instant savedAt) {}
