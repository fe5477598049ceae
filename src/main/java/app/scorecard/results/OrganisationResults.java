package app.scorecard.results;

import app.scorecard.account.Viewer;
import app.scorecard.results.internal.OrganisationPool;
import app.scorecard.results.internal.OrganisationPool.ShownRound;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's numbers: per question set and quarter, its teams' recorded team-round results pooled by
 * {@link OrganisationPool} — read from the records, never from answers, in a statement or two however many teams.
 * For admins and leaders (the callers check), and beside a team round's own results for whoever may read those.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationResults {

    /** How far the organisation's trend looks back: this many quarters, the current one included. */
    public static final int QUARTERS = 8;

    private final RoundResultRepository results;
    private final AnonymityPolicy anonymity;
    private final TeamService teams;
    private final Clock clock;
    private final OrganisationPool pool;

    OrganisationResults(
            RoundResultRepository results,
            AnonymityPolicy anonymity,
            TeamService teams,
            Clock clock,
            @Value("${scorecard.organisation.min-teams:3}") int minimumTeams) {
        this.results = results;
        this.anonymity = anonymity;
        this.teams = teams;
        this.clock = clock;
        this.pool = new OrganisationPool(minimumTeams, anonymity.minimum());
    }

    /**
     * The organisation's numbers on one set for the last {@value #QUARTERS} quarters, the current one last. A reader
     * who is no admin sees none that too few teams besides their own contributed to.
     */
    public List<OrganisationQuarter> trend(String setKey, ZoneId zone, Viewer reader) {
        return trend(setKey, zone, ownTeams(reader));
    }

    /** @param own the teams that count for nothing towards the reader's minimum: their own, none for an admin */
    private List<OrganisationQuarter> trend(String setKey, ZoneId zone, Set<Long> own) {
        Quarter current = Quarter.of(clock.instant(), zone);
        Quarter first = current.plus(1 - QUARTERS);
        Map<Quarter, List<ShownRound>> byQuarter = shownRounds(setKey, first, current, zone);
        List<OrganisationQuarter> trend = new ArrayList<>();
        for (Quarter quarter = first; quarter.compareTo(current) <= 0; quarter = quarter.plus(1)) {
            trend.add(pool.pool(quarter, settled(quarter, zone), byQuarter.getOrDefault(quarter, List.of()), own));
        }
        return trend;
    }

    /**
     * The latest of the trend's quarters whose organisation number the reader may see (the heatmap's organisation row):
     * the last quarter before the current one first — one quarter's records, the answer nearly always — and the whole
     * trend only when that one shows nothing. The same quarter, numbers and refusals as {@link #trend}.
     */
    public Optional<OrganisationQuarter> latestShown(String setKey, ZoneId zone, Viewer reader) {
        Quarter last = Quarter.of(clock.instant(), zone).plus(-1);
        Set<Long> own = ownTeams(reader);
        OrganisationQuarter latest = pool.pool(
                last, settled(last, zone), shownRounds(setKey, last, last, zone).getOrDefault(last, List.of()), own);
        if (latest.overall().shown()) {
            return Optional.of(latest);
        }
        List<OrganisationQuarter> trend = trend(setKey, zone, own);
        for (int i = trend.size() - 1; i >= 0; i--) {
            if (trend.get(i).overall().shown()) {
                return Optional.of(trend.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The organisation's numbers for the quarter a team round finished in, to show beside its results — counting
     * neither the round's own team nor, for a reader who is no admin, any team of theirs towards the minimum of teams
     * (so that the number, less what the reader knows, never comes down to one other team). Nothing is read while the
     * quarter is still under way.
     *
     * @return empty when the round is no finished team round, or its results are not shown
     */
    public Optional<OrganisationQuarter> besideTeamRound(long roundId, ZoneId zone, Viewer reader) {
        RoundResult record = results.findById(roundId)
                .filter(found -> found.getMode() == RoundMode.TEAM)
                .filter(found -> anonymity.stillShown(found.isShown(), found.getRespondents()))
                .orElse(null);
        if (record == null) {
            return Optional.empty();
        }
        Quarter quarter = Quarter.ofFinish(record.getFinishedAt(), zone);
        if (!settled(quarter, zone)) {
            return Optional.of(pool.pool(quarter, false, List.of(), Set.of()));
        }
        List<ShownRound> rounds =
                shownRounds(record.getSetKey(), quarter, quarter, zone).getOrDefault(quarter, List.of());
        Set<Long> own = new HashSet<>(Set.of(record.getTeamId()));
        Set<Long> contributing = rounds.stream()
                .filter(round -> anonymity.minimumMet(round.respondents()))
                .map(ShownRound::teamId)
                .collect(Collectors.toSet());
        // the reader's other teams can only take the number away when it would be shown without them
        if (!reader.admin() && pool.enoughTeams(contributing, own)) {
            own.addAll(teamsOf(reader));
        }
        return Optional.of(pool.pool(quarter, true, rounds, own));
    }

    /** The set's team rounds that finished in the trend's quarters, shown or not, in the order they finished. */
    public List<ClosedTeamRound> closedTeamRounds(String setKey, ZoneId zone) {
        Quarter current = Quarter.of(clock.instant(), zone);
        Quarter first = current.plus(1 - QUARTERS);
        List<ClosedTeamRound> closed = new ArrayList<>();
        for (Object[] row : results.findCounts(setKey, RoundMode.TEAM, from(first, zone), to(current, zone))) {
            Quarter quarter = Quarter.ofFinish((Instant) row[1], zone);
            if (quarter.compareTo(first) < 0 || quarter.compareTo(current) > 0) {
                continue;
            }
            int respondents = ((Number) row[2]).intValue();
            closed.add(new ClosedTeamRound(
                    (Long) row[0], quarter, respondents, anonymity.stillShown((Boolean) row[3], respondents)));
        }
        return closed;
    }

    /** Per question set, when a team round of any team last finished; sets without one are left out. */
    public Map<String, Instant> latestTeamRoundFinishPerSet() {
        Map<String, Instant> latest = new HashMap<>();
        for (Object[] row : results.findLatestFinishPerSet(RoundMode.TEAM)) {
            latest.put((String) row[0], (Instant) row[1]);
        }
        return latest;
    }

    /** The current quarter in that time zone. */
    public Quarter currentQuarter(ZoneId zone) {
        return Quarter.of(clock.instant(), zone);
    }

    public int minimumTeams() {
        return pool.minimumTeams();
    }

    private Set<Long> ownTeams(Viewer reader) {
        return reader.admin() ? Set.of() : teamsOf(reader);
    }

    private Set<Long> teamsOf(Viewer reader) {
        return teams.teamsOf(reader.accountId()).stream().map(TeamView::id).collect(Collectors.toSet());
    }

    /** Whether no round can be recorded in the quarter any more: its numbers can no longer move. */
    private boolean settled(Quarter quarter, ZoneId zone) {
        return !clock.instant().isBefore(quarter.settled(zone));
    }

    /** A day before the quarter starts: a round of the day before may have finished at midnight UTC after it. */
    private static Instant from(Quarter first, ZoneId zone) {
        return first.start(zone).minus(Duration.ofDays(1));
    }

    /** A day after the quarter ends: a round closed by its last day finishes at midnight UTC after it. */
    private static Instant to(Quarter last, ZoneId zone) {
        return last.end(zone).plus(Duration.ofDays(1));
    }

    /**
     * One statement: the team rounds recorded as shown that belong to the quarters from {@code first} to {@code last},
     * with their overall and category scores.
     */
    private Map<Quarter, List<ShownRound>> shownRounds(String setKey, Quarter first, Quarter last, ZoneId zone) {
        Map<Long, RoundScores> byRound = new LinkedHashMap<>();
        for (Object[] row : results.findShownScores(setKey, RoundMode.TEAM, from(first, zone), to(last, zone))) {
            RoundScores round = byRound.computeIfAbsent(
                    (Long) row[0],
                    id -> new RoundScores(id, (Long) row[1], (Instant) row[2], ((Number) row[3]).intValue()));
            round.overall = (BigDecimal) row[4];
            if (row[5] != null && row[6] != null) {
                round.categories.put((String) row[5], (BigDecimal) row[6]);
            }
        }
        Map<Quarter, List<ShownRound>> byQuarter = new HashMap<>();
        for (RoundScores round : byRound.values()) {
            Quarter quarter = Quarter.ofFinish(round.finishedAt, zone);
            if (quarter.compareTo(first) < 0 || quarter.compareTo(last) > 0) {
                continue;
            }
            byQuarter
                    .computeIfAbsent(quarter, q -> new ArrayList<>())
                    .add(new ShownRound(
                            round.roundId,
                            round.teamId,
                            round.finishedAt,
                            round.respondents,
                            round.overall,
                            round.categories));
        }
        return byQuarter;
    }

    /** A round's scores as its rows come in. */
    private static final class RoundScores {
        final long roundId;
        final long teamId;
        final Instant finishedAt;
        final int respondents;
        final Map<String, BigDecimal> categories = new HashMap<>();
        BigDecimal overall;

        RoundScores(long roundId, long teamId, Instant finishedAt, int respondents) {
            this.roundId = roundId;
            this.teamId = teamId;
            this.finishedAt = finishedAt;
            this.respondents = respondents;
        }
    }
}
