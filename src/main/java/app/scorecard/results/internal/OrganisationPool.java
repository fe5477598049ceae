package app.scorecard.results.internal;

import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.OrganisationQuarter;
import app.scorecard.results.OrganisationScore;
import app.scorecard.results.OrganisationScore.Withheld;
import app.scorecard.results.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule that makes the organisation's numbers on one question set for one quarter out of its teams' recorded
 * team-round results — plain Java, the rules of {@code docs/scoring.md} ("The organisation's view") in one place:
 *
 * <ol>
 *   <li>Only team rounds recorded as shown that still reach today's anonymity minimum count; a round whose results are
 *       not shown contributes nothing, and changes nothing.
 *   <li>Each team counts once: with its latest such round of the quarter.
 *   <li>A number is the mean of the contributing teams' recorded scores (each as it was shown, to one decimal), each
 *       team weighing the same, computed exactly and rounded once to one decimal, half up. A category's is taken over
 *       the teams with a score in it.
 *   <li>It is shown only once the quarter has ended and every round of it is recorded; not at all while a round of the quarter that was shown when it
 *       closed is hidden by a minimum raised since; and only when at least the minimum of teams contributed that are
 *       not among the reader's own (the teams whose results the reader sees anyway: a team's own page, and a person's
 *       teams). Otherwise it is not even computed.
 * </ol>
 */
public final class OrganisationPool {

    private final int minimumTeams;
    private final int minimumResponses;

    /**
     * @param minimumTeams contributing teams needed, besides the reader's own, before a number is shown
     * @param minimumResponses today's anonymity minimum of counted answers
     */
    public OrganisationPool(int minimumTeams, int minimumResponses) {
        if (minimumTeams < 2) {
            throw new IllegalArgumentException("The minimum of teams must be at least 2, was " + minimumTeams);
        }
        this.minimumTeams = minimumTeams;
        this.minimumResponses = minimumResponses;
    }

    /**
     * A team round of the quarter recorded as shown, with its recorded scores.
     *
     * @param respondents the answers its result counts: below today's minimum, it is hidden now
     * @param overall {@code null} when it had not enough answers for one
     * @param categories by category key, only those with a score
     */
    public record ShownRound(
            long roundId,
            long teamId,
            Instant finishedAt,
            int respondents,
            BigDecimal overall,
            Map<String, BigDecimal> categories) {

        public ShownRound {
            categories = Map.copyOf(categories);
        }
    }

    /**
     * @param ended whether the quarter is over and every round of it recorded ({@link Quarter#settled})
     * @param rounds the set's team rounds that finished in the quarter and were recorded as shown
     * @param readersOwn the teams whose results the reader sees anyway: they do not count towards the minimum of teams
     */
    public OrganisationQuarter pool(Quarter quarter, boolean ended, List<ShownRound> rounds, Set<Long> readersOwn) {
        Withheld quarterWide = !ended
                ? Withheld.QUARTER_NOT_ENDED
                : rounds.stream().anyMatch(round -> !AnonymityPolicy.minimumMet(round.respondents(), minimumResponses))
                        ? Withheld.MINIMUM_RAISED
                        : null;
        Collection<ShownRound> latest = latestPerTeam(rounds);
        Map<Long, BigDecimal> overall = new HashMap<>();
        Map<String, Map<Long, BigDecimal>> categories = new LinkedHashMap<>();
        for (ShownRound round : latest) {
            if (round.overall() != null) {
                overall.put(round.teamId(), round.overall());
            }
            for (String key : new TreeSet<>(round.categories().keySet())) {
                categories
                        .computeIfAbsent(key, k -> new HashMap<>())
                        .put(round.teamId(), round.categories().get(key));
            }
        }
        Map<String, OrganisationScore> byCategory = new LinkedHashMap<>();
        categories.forEach((key, scores) -> byCategory.put(key, score(scores, quarterWide, readersOwn)));
        return new OrganisationQuarter(quarter, score(overall, quarterWide, readersOwn), byCategory);
    }

    /** Whether a number with these contributing teams could be shown to a reader with these teams of their own. */
    public boolean enoughTeams(Collection<Long> contributing, Set<Long> readersOwn) {
        return contributing.stream().filter(team -> !readersOwn.contains(team)).count() >= minimumTeams;
    }

    public int minimumTeams() {
        return minimumTeams;
    }

    private OrganisationScore score(Map<Long, BigDecimal> byTeam, Withheld quarterWide, Set<Long> readersOwn) {
        int teams = byTeam.size();
        Withheld withheld = quarterWide != null
                ? quarterWide
                : teams < minimumTeams
                        ? Withheld.TOO_FEW_TEAMS
                        : !enoughTeams(byTeam.keySet(), readersOwn) ? Withheld.TOO_FEW_OTHER_TEAMS : null;
        if (withheld != null) {
            return new OrganisationScore(teams, null, withheld);
        }
        BigDecimal sum = byTeam.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrganisationScore(teams, sum.divide(BigDecimal.valueOf(teams), 1, RoundingMode.HALF_UP), null);
    }

    /** Each team's latest round that still reaches today's minimum: one per team, a hidden one left out. */
    private Collection<ShownRound> latestPerTeam(List<ShownRound> rounds) {
        Map<Long, ShownRound> latest = new LinkedHashMap<>();
        Comparator<ShownRound> order =
                Comparator.comparing(ShownRound::finishedAt).thenComparingLong(ShownRound::roundId);
        List<ShownRound> sorted = new ArrayList<>(rounds);
        sorted.sort(order);
        for (ShownRound round : sorted) {
            if (AnonymityPolicy.minimumMet(round.respondents(), minimumResponses)) {
                latest.put(round.teamId(), round);
            }
        }
        return latest.values();
    }
}
