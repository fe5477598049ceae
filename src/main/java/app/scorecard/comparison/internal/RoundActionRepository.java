package app.scorecard.comparison.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundActionRepository extends JpaRepository<RoundAction, Long> {

    List<RoundAction> findByRoundIdOrderByIdAsc(long roundId);
}
