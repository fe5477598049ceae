package app.scorecard.comparison.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundActionRepository extends JpaRepository<RoundAction, Long> {

    List<RoundAction> findByRoundIdOrderByIdAsc(long roundId);

    /** The actions of these rounds that are not done, in one statement. */
    @Query("select a from RoundAction a where a.roundId in :roundIds"
            + " and a.status <> app.scorecard.comparison.internal.ActionStatus.DONE order by a.id")
    List<RoundAction> findOpenByRoundIds(Collection<Long> roundIds);
}
