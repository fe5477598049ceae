package app.scorecard.assessment.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundResultRepository extends JpaRepository<RoundResult, Long> {

    /** A team's finished rounds, newest first; their scores follow in one batch query. */
    List<RoundResult> findByTeamIdOrderByFinishedAtDescRoundIdDesc(long teamId);

    /** Some of these rounds' scores, as pairs of round id and {@link ResultScore}: one query for many rounds. */
    @Query("select r.roundId, s from RoundResult r join r.scores s where r.roundId in :roundIds and s.scope in :scopes")
    List<Object[]> findScores(Collection<Long> roundIds, Collection<ScoreScope> scopes);

    /** The latest finished round of each of these teams on one question set. */
    @Query("""
            select r from RoundResult r
            where r.setKey = :setKey and r.teamId in :teamIds
              and r.finishedAt = (select max(s.finishedAt) from RoundResult s
                                  where s.teamId = r.teamId and s.setKey = :setKey)
            """)
    List<RoundResult> findLatestPerTeam(String setKey, Collection<Long> teamIds);

    /** The latest finished round of every team on one question set. */
    @Query("""
            select r from RoundResult r
            where r.setKey = :setKey
              and r.finishedAt = (select max(s.finishedAt) from RoundResult s
                                  where s.teamId = r.teamId and s.setKey = :setKey)
            """)
    List<RoundResult> findLatestOfEveryTeam(String setKey);
}
