package app.scorecard.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
