package app.scorecard.team.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<Team> findAllByOrderByName();

    @Query("select distinct t from Team t join t.members m where m.accountId = :accountId order by t.name")
    List<Team> findAllWithMember(long accountId);
}
