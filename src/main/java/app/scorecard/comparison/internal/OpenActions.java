package app.scorecard.comparison.internal;

import app.scorecard.account.Viewer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every action of a team that is not done yet, across its rounds, soonest due first: for the people who may read and
 * keep its action plans — its managers and admins, as for each round's plan.
 */
@Service
@Transactional(readOnly = true)
public class OpenActions {

    private final RoundActionRepository actions;
    private final RoundHistory history;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final Clock clock;

    OpenActions(
            RoundActionRepository actions,
            RoundHistory history,
            TeamService teams,
            QuestionBank questionBank,
            Clock clock) {
        this.actions = actions;
        this.history = history;
        this.teams = teams;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    /**
     * The team with its open actions: by due date (those without one last), then oldest round first, then as recorded.
     *
     * @throws TeamNotFoundException when there is no such team or the viewer is neither an admin nor in it
     * @throws AccessDeniedException when the viewer is in the team but does not manage it
     */
    public TeamActions ofTeam(long teamId, Viewer viewer) {
        return ofTeam(teamId, viewer, Locale.ENGLISH);
    }

    /** The team's open actions as {@link #ofTeam(long, Viewer)}, the questions' words in the reader's language. */
    public TeamActions ofTeam(long teamId, Viewer viewer, Locale reader) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        if (!viewer.admin() && !team.isManagedBy(viewer.accountId())) {
            throw new AccessDeniedException("Only the team's managers keep its action plans");
        }
        Map<Long, FinishedRound> rounds = history.ofTeam(teamId, viewer).stream()
                .collect(Collectors.toMap(FinishedRound::roundId, Function.identity()));
        if (rounds.isEmpty()) {
            return new TeamActions(team.id(), team.name(), List.of());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ActionLine> open = actions.findOpenByRoundIds(rounds.keySet()).stream()
                .map(RoundAction::toView)
                .map(action -> {
                    FinishedRound round = rounds.get(action.roundId());
                    return ActionLine.of(
                            action,
                            round.label(),
                            questionBank.definition(round.versionId()).in(reader),
                            today);
                })
                .sorted(Comparator.comparing(
                                (ActionLine line) -> line.action().dueOn(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(line -> rounds.get(line.roundId()).finishedAt())
                        .thenComparing(line -> line.action().id()))
                .toList();
        return new TeamActions(team.id(), team.name(), open);
    }

    /** A team's name with its open actions. */
    public record TeamActions(long teamId, String teamName, List<ActionLine> actions) {}
}
