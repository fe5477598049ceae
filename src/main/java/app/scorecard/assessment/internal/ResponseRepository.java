package app.scorecard.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    @Query("select r from Response r join fetch r.round where r.id = :id")
    Optional<Response> findWithRoundById(long id);

    /** The submitted response of a self-assessment (it has exactly one respondent). */
    @Query("""
            select r from Response r join fetch r.round a
            where a.id = :roundId and r.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED
            order by r.submittedAt
            """)
    List<Response> findSubmittedByRoundId(long roundId);

    @Query("""
            select r from Response r join fetch r.round a
            where r.accountId = :accountId and r.status = app.scorecard.assessment.internal.ResponseStatus.DRAFT
              and a.status = app.scorecard.assessment.internal.RoundStatus.OPEN
            order by r.updatedAt desc
            """)
    List<Response> findOpenDraftsOf(long accountId);

    /** Finished work a person may see: their own submissions and those in teams they manage (or all, for admins). */
    @Query("""
            select r from Response r join fetch r.round a
            where r.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED
              and (:everything = true or r.accountId = :accountId or a.teamId in :managedTeams)
            order by r.submittedAt desc
            """)
    List<Response> findSubmittedVisibleTo(
            long accountId, Collection<Long> managedTeams, boolean everything, Limit limit);
}
