package app.scorecard.questionbank.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The question bank's audit log: every change to a set or a draft, written in the transaction that made it. */
@Component
public class QuestionBankAuditLog {

    private final QuestionBankEventRepository events;
    private final Clock clock;

    QuestionBankAuditLog(QuestionBankEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param versionNumber {@code null} for what concerns the whole set
     * @param lockVersion the draft's lock version the change was based on, or {@code null}
     */
    public void record(
            String setKey, Integer versionNumber, String actor, BankAction action, String detail, Long lockVersion) {
        events.save(new QuestionBankEvent(setKey, versionNumber, actor, action, detail, lockVersion, clock.instant()));
    }

    /** A set's log, newest first. */
    public List<AuditEntry> entries(String setKey) {
        return events.findBySetKeyOrderByIdDesc(setKey).stream()
                .map(QuestionBankEvent::toEntry)
                .toList();
    }

    /** What was done to a draft from the given lock version on, oldest first: what a conflicting change missed. */
    public List<AuditEntry> changesSince(String setKey, int versionNumber, long lockVersion) {
        return events
                .findBySetKeyAndVersionNumberAndLockVersionGreaterThanEqualOrderByIdAsc(
                        setKey, versionNumber, lockVersion)
                .stream()
                .map(QuestionBankEvent::toEntry)
                .toList();
    }
}
