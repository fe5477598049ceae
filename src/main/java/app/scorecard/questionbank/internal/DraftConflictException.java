package app.scorecard.questionbank.internal;

import java.util.List;

/**
 * A change was based on an older state of the draft than the one stored: someone else changed it in between. Nothing
 * was overwritten; {@link #changesSince()} says what the other person did.
 */
public class DraftConflictException extends RuntimeException {

    private final String setKey;
    private final List<AuditEntry> changesSince;

    public DraftConflictException(String setKey, List<AuditEntry> changesSince) {
        super("The draft of " + setKey + " changed in the meantime");
        this.setKey = setKey;
        this.changesSince = List.copyOf(changesSince);
    }

    public String setKey() {
        return setKey;
    }

    public List<AuditEntry> changesSince() {
        return changesSince;
    }
}
