package app.scorecard.comparison.web;

import app.scorecard.account.Viewer;
import app.scorecard.comparison.internal.ActionPlans;
import app.scorecard.comparison.internal.ActionView;
import app.scorecard.comparison.internal.RoundComparer;
import app.scorecard.comparison.internal.RoundComparison;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Two finished rounds of a team read for a comparison — its page and its PDF alike, so both show the same and refuse
 * the same people: the rounds as recorded, side by side, and for the people who run the team the earlier round's
 * actions by question.
 */
@Component
class ComparedRounds {

    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final ActionPlans actionPlans;
    private final RoundComparer comparer = new RoundComparer();

    ComparedRounds(RoundHistory history, TeamService teams, QuestionBank questionBank, ActionPlans actionPlans) {
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
        this.actionPlans = actionPlans;
    }

    /**
     * @param reader the language the sets' texts are read in (English where a text has no translation)
     * @return empty for a self-assessment beside a team round, or two different sets: not a change anyone can read
     * @throws app.scorecard.team.TeamNotFoundException when the viewer is neither an admin nor in the team
     * @throws app.scorecard.results.ResultNotFoundException when either round is not one the viewer may see
     */
    Optional<Compared> of(long teamId, long a, long b, Viewer viewer, Locale reader) {
        List<FinishedRound> pair = history.twoOfTeam(teamId, a, b, viewer, reader);
        FinishedRound first = pair.get(0);
        FinishedRound second = pair.get(1);
        if (!RoundGroup.sameGroup(first, second)) {
            return Optional.empty();
        }
        // the words in the reader's language; which questions compare goes by keys and trends, the same in every one
        RoundComparison comparison = comparer.compare(
                first,
                questionBank.definition(first.versionId()).in(reader),
                second,
                questionBank.definition(second.versionId()).in(reader));
        TeamView team = teams.find(teamId).orElseThrow();
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        Map<String, List<ActionView>> actions = manages
                ? actionPlans.ofCheckedRound(comparison.before().roundId()).stream()
                        .collect(Collectors.groupingBy(ActionView::questionKey))
                : Map.of();
        return Optional.of(new Compared(team, comparison, actions));
    }

    /** @param actions the earlier round's actions by question key; empty for those who do not run the team */
    record Compared(TeamView team, RoundComparison comparison, Map<String, List<ActionView>> actions) {

        /** Whether both rounds show their scores (neither stayed below the anonymity minimum). */
        boolean bothShown() {
            return comparison.before().shown() && comparison.after().shown();
        }
    }
}
