package app.scorecard.results.internal;

import app.scorecard.results.RoundMode;
import app.scorecard.results.ScoreScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundResultRepository extends JpaRepository<RoundResult, Long> {

    /** The rounds with a stored result, in the order they finished. */
    @Query("select r.roundId from RoundResult r order by r.finishedAt, r.roundId")
    List<Long> findAllRoundIds();

    /** A team's finished rounds, newest first; their scores follow in one batch query. */
    List<RoundResult> findByTeamIdOrderByFinishedAtDescRoundIdDesc(long teamId);

    /** Some of these rounds' scores, as pairs of round id and {@link ResultScore}: one query for many rounds. */
    @Query("select r.roundId, s from RoundResult r join r.scores s where r.roundId in :roundIds and s.scope in :scopes")
    List<Object[]> findScores(Collection<Long> roundIds, Collection<ScoreScope> scopes);

    /**
     * The latest finished round of one kind of each of these teams on one question set, with its overall and category
     * scores: one row per category score (result, overall score, category score; either score {@code null} where the
     * result has none). The latest times come from one grouped pass over the results of the set, not from a subquery
     * per stored result (on PostgreSQL with 200 teams and 4,000 results, 4.4 ms instead of 17 to execute). Each scope
     * is joined by itself, so that the database finds a result's scores through the key (round, scope) instead of
     * reading every question's score too: on H2 for 200 teams on a set of 50 questions, 1,600 score rows instead of
     * 11,400.
     */
    @Query("""
            select r, o, c from RoundResult r
            join (select s.teamId as teamId, max(s.finishedAt) as finishedAt from RoundResult s
                  where s.setKey = :setKey and s.teamId in :teamIds and s.mode = :mode
                  group by s.teamId) latest
              on latest.teamId = r.teamId and latest.finishedAt = r.finishedAt
            left join r.scores o on o.scope = app.scorecard.results.ScoreScope.OVERALL
            left join r.scores c on c.scope = app.scorecard.results.ScoreScope.CATEGORY
            where r.setKey = :setKey and r.mode = :mode
            """)
    List<Object[]> findLatestPerTeamWithScores(String setKey, Collection<Long> teamIds, RoundMode mode);

    /** Per question set, when a round of this kind of one of these teams last finished, as pairs of key and time. */
    @Query("""
            select r.setKey, max(r.finishedAt) from RoundResult r
            where r.teamId in :teamIds and r.mode = :mode
            group by r.setKey
            """)
    List<Object[]> findLatestFinishPerSet(Collection<Long> teamIds, RoundMode mode);

    /** Per question set, when a round of this kind of any team last finished, as pairs of key and time. */
    @Query("select r.setKey, max(r.finishedAt) from RoundResult r where r.mode = :mode group by r.setKey")
    List<Object[]> findLatestFinishPerSet(RoundMode mode);

    /**
     * The overall and category scores of the rounds of one kind on one set recorded as shown that finished in
     * {@code [from, to)}, with their round's id, team, finishing time and counted answers, in one statement however
     * many teams: what the organisation's numbers are pooled from. One row per category score: round id, team,
     * finishing time, counted answers, overall score, category key, category score (the last three {@code null}
     * where the round has none). Each scope is joined by itself, so that the database finds a round's overall and
     * category rows through the key (round, scope) instead of reading all its question scores too: on H2 with 1,600
     * rounds of 50 questions, 12,800 rows read instead of 91,200.
     */
    @Query("""
            select r.roundId, r.teamId, r.finishedAt, r.respondents, o.score, c.key, c.score
            from RoundResult r
            left join r.scores o on o.scope = app.scorecard.results.ScoreScope.OVERALL
            left join r.scores c on c.scope = app.scorecard.results.ScoreScope.CATEGORY
            where r.setKey = :setKey and r.mode = :mode and r.shown = true
              and r.finishedAt >= :from and r.finishedAt < :to
              and (o.scope is not null or c.scope is not null)
            """)
    List<Object[]> findShownScores(String setKey, RoundMode mode, Instant from, Instant to);

    /**
     * The rounds of one kind on one set that finished in {@code [from, to)}, shown or not: id, finishing time, counted
     * answers and whether shown when recorded.
     */
    @Query("""
            select r.roundId, r.finishedAt, r.respondents, r.shown from RoundResult r
            where r.setKey = :setKey and r.mode = :mode and r.finishedAt >= :from and r.finishedAt < :to
            order by r.finishedAt, r.roundId
            """)
    List<Object[]> findCounts(String setKey, RoundMode mode, Instant from, Instant to);
}
