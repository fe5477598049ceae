package app.scorecard.assessment.internal;

import app.scorecard.results.RoundMode;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<Round, Long> {

    /** Of these rounds, those that kept their unanswered invitations when they closed, as pairs of id and count. */
    @Query("select r.id, r.notAnsweredAtClose from Round r where r.id in :ids and r.notAnsweredAtClose is not null")
    List<Object[]> findNotAnsweredAtClose(Collection<Long> ids);

    /** A team's rounds, newest first. */
    List<Round> findByTeamIdOrderByCreatedAtDescIdDesc(long teamId);

    @Query("""
            select r.id from Round r
            where r.status = app.scorecard.assessment.internal.RoundStatus.OPEN and r.closesOn < :today
            """)
    List<Long> findIdsOpenPastClosingDate(java.time.LocalDate today);

    List<Round> findByTeamIdInAndModeOrderByCreatedAtDescIdDesc(Collection<Long> teamIds, RoundMode mode, Limit limit);

    /**
     * Open team rounds of these teams that the person has not started; whether they are past their closing date is
     * checked by the caller.
     */
    @Query("""
            select r from Round r
            where r.teamId in :teamIds and r.mode = app.scorecard.results.RoundMode.TEAM
              and r.status = app.scorecard.assessment.internal.RoundStatus.OPEN
              and not exists (select x from Response x where x.round = r and x.accountId = :accountId)
            order by r.createdAt desc
            """)
    List<Round> findOpenTeamRoundsNotAnsweredBy(Collection<Long> teamIds, long accountId);
}
