package app.scorecard.assessment;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a round, in one place. Admins: every round. The team's managers: all its rounds. Its members:
 * its team rounds (to answer them and read their aggregate), never a manager's self-assessment. Anyone else is told the
 * round does not exist.
 */
@Component
class RoundAccess {

    private final RoundRepository rounds;
    private final TeamService teams;

    RoundAccess(RoundRepository rounds, TeamService teams) {
        this.rounds = rounds;
        this.teams = teams;
    }

    /** @throws RoundNotFoundException when there is no such round or the viewer may not see it */
    VisibleRound visible(long roundId, Viewer viewer) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException("round", roundId));
        TeamView team = teams.find(round.getTeamId()).orElseThrow();
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        boolean member = team.hasMember(viewer.accountId()) && round.getMode() == RoundMode.TEAM;
        if (!manages && !member) {
            throw new RoundNotFoundException("round", roundId);
        }
        return new VisibleRound(round, team, manages);
    }

    /**
     * @throws RoundNotFoundException as {@link #visible}
     * @throws AccessDeniedException when the viewer sees the round but does not run it
     */
    VisibleRound managed(long roundId, Viewer viewer) {
        VisibleRound visible = visible(roundId, viewer);
        if (!visible.managedByViewer()) {
            throw new AccessDeniedException("Only the team's managers run its rounds");
        }
        return visible;
    }

    record VisibleRound(Round round, TeamView team, boolean managedByViewer) {}
}
