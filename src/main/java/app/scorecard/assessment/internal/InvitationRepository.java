package app.scorecard.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /**
     * A link's invitation with its round, and the response given through it with its answers if there is one, in one
     * statement: a link's page and its submit need nothing more.
     */
    default Optional<LinkState> findWithResponseByToken(String token) {
        return findInvitationAndResponseByToken(token).stream()
                .findFirst()
                .map(row -> new LinkState((Invitation) row[0], Optional.ofNullable((Response) row[1])));
    }

    @Query("select i, r from Invitation i join fetch i.round left join Response r on r.invitation = i"
            + " left join fetch r.answers where i.token = :token")
    List<Object[]> findInvitationAndResponseByToken(String token);

    /** An invitation, and the response given through it if there is one. */
    record LinkState(Invitation invitation, Optional<Response> response) {}

    @Query("select i from Invitation i where i.round.id = :roundId order by i.createdAt, i.id")
    List<Invitation> findByRoundId(long roundId);

    /**
     * The addresses a round's mailed invitations went to, except those revoked before anyone answered: a mailbox
     * counts in a round once.
     */
    @Query("""
            select i.email from Invitation i
            where i.round.id = :roundId and i.email is not null
              and (i.revokedAt is null
                   or exists (select x from Response x where x.invitation = i
                              and x.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED))
            """)
    List<String> findMailboxesTakenIn(long roundId);

    /**
     * Mailed invitations due a reminder: not revoked, not reminded, not answered, in an open round whose closing date
     * lies between {@code today} and {@code until}.
     */
    @Query("""
            select i.id from Invitation i join i.round r
            where i.email is not null and i.revokedAt is null and i.remindedAt is null
              and r.status = app.scorecard.assessment.internal.RoundStatus.OPEN
              and r.closesOn >= :today and r.closesOn <= :until
              and not exists (select x from Response x where x.invitation = i
                              and x.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED)
            order by i.id
            """)
    List<Long> findIdsToRemind(LocalDate today, LocalDate until);

    /**
     * A round's links that could still bring an answer that counts: neither revoked nor answered, and mailed — or
     * handed out by the manager where {@code managerHeldCount}.
     */
    @Query("""
            select count(i) from Invitation i
            where i.round.id = :roundId and i.revokedAt is null
              and (i.email is not null or :managerHeldCount = true)
              and not exists (select x from Response x where x.invitation = i
                              and x.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED)
            """)
    long countUnanswered(long roundId, boolean managerHeldCount);

    /** Marks an invitation reminded unless it is already: 1 when this call marked it, 0 otherwise. */
    @Modifying(flushAutomatically = true)
    @Query("update Invitation i set i.remindedAt = :now where i.id = :id and i.remindedAt is null")
    int markReminded(long id, Instant now);
}
