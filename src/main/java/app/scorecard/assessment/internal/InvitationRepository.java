package app.scorecard.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.round where i.token = :token")
    Optional<Invitation> findByToken(String token);

    @Query("select i from Invitation i where i.round.id = :roundId order by i.createdAt, i.id")
    List<Invitation> findByRoundId(long roundId);
}
