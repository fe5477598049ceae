package app.scorecard.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    /** The response with its round and answers, in one statement: everything the questionnaire shows of it. */
    @Query("select r from Response r join fetch r.round left join fetch r.answers where r.id = :id")
    Optional<Response> findWithRoundById(long id);

    Optional<Response> findByRoundIdAndAccountId(long roundId, long accountId);

    /** Every response of a round, with its answers in one more query (batch fetching). */
    @Query("select r from Response r where r.round.id = :roundId order by r.id")
    List<Response> findByRoundId(long roundId);

    /**
     * How many responses each round has received from each kind of respondent, as rows of round id,
     * {@link app.scorecard.results.RespondentKind} and count: one query for a whole list of rounds.
     */
    @Query("""
            select r.round.id, r.respondentKind, count(r) from Response r
            where r.round.id in :roundIds and r.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED
            group by r.round.id, r.respondentKind
            """)
    List<Object[]> countSubmittedByRoundAndKind(Collection<Long> roundIds);

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

    /**
     * Finished work a person may see: their own submissions, and the self-assessments of teams they manage (all of
     * them, for admins). Other people's answers to team rounds are never listed one by one.
     */
    @Query("""
            select r from Response r join fetch r.round a
            where r.status = app.scorecard.assessment.internal.ResponseStatus.SUBMITTED
              and (r.accountId = :accountId
                   or (a.mode = app.scorecard.results.RoundMode.SELF
                       and (:everything = true or a.teamId in :managedTeams)))
            order by r.submittedAt desc
            """)
    List<Response> findSubmittedVisibleTo(
            long accountId, Collection<Long> managedTeams, boolean everything, Limit limit);
}
