package app.scorecard.comparison.internal;

import app.scorecard.assessment.FinishedResponseRates;
import app.scorecard.assessment.ResponseRate;
import app.scorecard.results.ClosedTeamRound;
import app.scorecard.results.OrganisationResults;
import app.scorecard.results.Quarter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * How many of the people the organisation's team rounds on one question set invited answered them: per round, per
 * quarter and in all — counts only, no team, no round's label, no name. Each round's "answered of invited" is the one
 * it kept when it closed (as on its own page); every finished team round counts here, its results shown or not.
 * Three statements however many teams.
 */
@Service
public class OrganisationParticipation {

    private final OrganisationResults organisation;
    private final FinishedResponseRates rates;

    OrganisationParticipation(OrganisationResults organisation, FinishedResponseRates rates) {
        this.organisation = organisation;
        this.rates = rates;
    }

    /**
     * @param quarters the trend's quarters, oldest first, each with its rounds
     * @param all every one of those rounds together
     */
    public record Participation(List<QuarterParticipation> quarters, QuarterParticipation all) {}

    /**
     * @param quarter {@code null} for all quarters together
     * @param rounds finished team rounds
     * @param shown how many of them show their results
     * @param rates each round's answered of invited, highest rate first; rounds closed before rates were kept have none
     */
    public record QuarterParticipation(Quarter quarter, int rounds, int shown, List<ResponseRate> rates) {

        /** The rounds' answered of invited added up, over the rounds that kept a rate. */
        public ResponseRate total() {
            return new ResponseRate(
                    rates.stream().mapToLong(ResponseRate::answered).sum(),
                    rates.stream().mapToLong(ResponseRate::invited).sum());
        }

        /** Rounds closed before response rates were kept: in {@code rounds}, not in the total. */
        public int withoutRate() {
            return rounds - rates.size();
        }
    }

    public Participation of(String setKey, ZoneId zone) {
        List<ClosedTeamRound> closed = organisation.closedTeamRounds(setKey, zone);
        Map<Long, Long> counted = new LinkedHashMap<>();
        closed.forEach(round -> counted.put(round.roundId(), (long) round.respondents()));
        Map<Long, ResponseRate> kept = rates.of(counted);
        Quarter current = organisation.currentQuarter(zone);
        Map<Quarter, List<ClosedTeamRound>> byQuarter = new LinkedHashMap<>();
        for (int back = OrganisationResults.QUARTERS - 1; back >= 0; back--) {
            byQuarter.put(current.plus(-back), new ArrayList<>());
        }
        closed.forEach(round -> byQuarter
                .computeIfAbsent(round.quarter(), q -> new ArrayList<>())
                .add(round));
        List<QuarterParticipation> quarters = new ArrayList<>();
        byQuarter.forEach((quarter, rounds) -> quarters.add(participation(quarter, rounds, kept)));
        return new Participation(quarters, participation(null, closed, kept));
    }

    private static QuarterParticipation participation(
            Quarter quarter, List<ClosedTeamRound> rounds, Map<Long, ResponseRate> kept) {
        List<ResponseRate> rates = new ArrayList<>();
        for (ClosedTeamRound round : rounds) {
            ResponseRate rate = kept.get(round.roundId());
            if (rate != null) {
                rates.add(rate);
            }
        }
        rates.sort(Comparator.comparingDouble(OrganisationParticipation::fraction)
                .reversed()
                .thenComparing(Comparator.comparingLong(ResponseRate::invited).reversed()));
        int shown = (int) rounds.stream().filter(ClosedTeamRound::shown).count();
        return new QuarterParticipation(quarter, rounds.size(), shown, rates);
    }

    private static double fraction(ResponseRate rate) {
        return rate.invited() == 0 ? 0 : (double) rate.answered() / rate.invited();
    }
}
