package app.scorecard.team.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    boolean existsByNameIgnoreCase(String name);

    /** A team with its members, in one statement. */
    @EntityGraph(attributePaths = "members")
    Optional<Team> findWithMembersById(long id);

    List<Team> findAllByOrderByName();

    @Query("select distinct t from Team t join t.members m where m.accountId = :accountId order by t.name")
    List<Team> findAllWithMember(long accountId);
}
