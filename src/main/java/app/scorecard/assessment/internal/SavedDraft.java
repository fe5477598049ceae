package app.scorecard.assessment.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A draft as it now stands: its version (for the next save), when it was saved, and — when its round asks for
 * targets — the targets it holds.
 *
 * @param targets question key to the target kept, "1"–"5" or "na"; empty when the round asks none
 */
public record SavedDraft(long lockVersion, Instant savedAt, boolean asksTargets, Map<String, String> targets) {

    public SavedDraft {
        targets = Map.copyOf(targets);
    }

    /** A draft of a round that asks no targets. */
    public SavedDraft(long lockVersion, Instant savedAt) {
        this(lockVersion, savedAt, false, Map.of());
    }
}
