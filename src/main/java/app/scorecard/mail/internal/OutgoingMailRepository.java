package app.scorecard.mail.internal;

import app.scorecard.mail.MailStatus.State;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    /** Pending messages whose next attempt has come, the longest waiting first. */
    default List<Long> findDueIds(Instant now, Limit limit) {
        return findIdsByStatusBefore(State.PENDING, now, limit);
    }

    @Query("select m.id from OutgoingMail m where m.status = :status and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt, m.id")
    List<Long> findIdsByStatusBefore(State status, Instant now, Limit limit);

    /** The newest message of each of these references, in one statement. */
    @Query("select new app.scorecard.mail.internal.LatestMail(m.reference, m.status, m.attempts, m.sentAt,"
            + " m.nextAttemptAt) from OutgoingMail m where m.reference in :references"
            + " and m.id = (select max(n.id) from OutgoingMail n where n.reference = m.reference)")
    List<LatestMail> findLatestByReferenceIn(Collection<String> references);

    /**
     * Cancels the pending messages of these references in one statement. The version moves on, so a dispatcher that
     * read one of them before loses its claim.
     */
    default int cancelPending(Collection<String> references) {
        return changeStatus(references, State.PENDING, State.CANCELLED);
    }

    @Modifying(flushAutomatically = true)
    @Query("update OutgoingMail m set m.status = :to, m.lockVersion = m.lockVersion + 1"
            + " where m.reference in :references and m.status = :from")
    int changeStatus(Collection<String> references, State from, State to);
}
