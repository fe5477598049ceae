package app.scorecard.questionbank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the question bank's audit log. Written once, never changed. */
@Entity
@Table(name = "question_bank_event")
public class QuestionBankEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_key", nullable = false, updatable = false)
    private String setKey;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private BankAction action;

    @Column(name = "detail", nullable = false, updatable = false)
    private String detail;

    @Column(name = "lock_version", updatable = false)
    private Long lockVersion;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected QuestionBankEvent() {}

    public QuestionBankEvent(
            String setKey,
            Integer versionNumber,
            String actor,
            BankAction action,
            String detail,
            Long lockVersion,
            Instant occurredAt) {
        this.setKey = setKey;
        this.versionNumber = versionNumber;
        this.actor = actor;
        this.action = action;
        this.detail = detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail;
        this.lockVersion = lockVersion;
        this.occurredAt = occurredAt;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(setKey, versionNumber, actor, action, detail, occurredAt);
    }
}
