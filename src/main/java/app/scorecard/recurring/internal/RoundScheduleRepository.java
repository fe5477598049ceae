package app.scorecard.recurring.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RoundScheduleRepository extends JpaRepository<RoundSchedule, Long> {

    /** A due schedule as read: its id and the next run it held, which a claim must still find. */
    record Due(long id, Instant nextRunAt) {}

    /** Active schedules whose next run has come, the longest waiting first. */
    @Query("select new app.scorecard.recurring.internal.RoundScheduleRepository$Due(s.id, s.nextRunAt)"
            + " from RoundSchedule s where s.paused = false and s.nextRunAt <= :now order by s.nextRunAt, s.id")
    List<Due> findDue(Instant now, Limit limit);

    /**
     * Claims a due run: moves the schedule's next run on to {@code next}, provided it still holds {@code expected} and
     * is not paused. 1 when this call claimed it; 0 when another instance (or a pause) came first. The row stays locked
     * until the caller's transaction ends, so a concurrent claim waits and then finds the new value.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoundSchedule s set s.nextRunAt = :next, s.lastRunAt = :now, s.lockVersion = s.lockVersion + 1
            where s.id = :id and s.nextRunAt = :expected and s.paused = false
            """)
    int claim(long id, Instant expected, Instant next, Instant now);

    /** What a claimed run did: the round it opened. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoundSchedule s set s.lastRoundId = :roundId, s.lastRoundLabel = :label, s.lastProblem = null
            where s.id = :id
            """)
    int opened(long id, long roundId, String label);

    /**
     * Claims a run that cannot open a round, as {@link #claim} does, noting why; {@code pause} stops the schedule until
     * someone resumes it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RoundSchedule s set s.nextRunAt = :next, s.lastRunAt = :now, s.lastProblem = :problem,
                s.paused = :pause, s.lockVersion = s.lockVersion + 1
            where s.id = :id and s.nextRunAt = :expected and s.paused = false
            """)
    int failed(long id, Instant expected, Instant next, Instant now, String problem, boolean pause);

    List<RoundSchedule> findByTeamIdOrderByCreatedAtAscIdAsc(long teamId);

    List<RoundSchedule> findAllByOrderByTeamIdAscCreatedAtAscIdAsc();
}
