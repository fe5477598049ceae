package app.scorecard.questionbank.internal;

import java.time.Instant;

/**
 * One line of the question bank's audit log: who did what to which set (and version), when.
 *
 * @param versionNumber {@code null} for what concerns the whole set (retiring, restoring)
 */
public record AuditEntry(
        String setKey, Integer versionNumber, String actor, BankAction action, String detail, Instant occurredAt) {}
