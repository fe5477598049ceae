package app.scorecard.assessment;

import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a round's page with one access check and one read of its responses, whatever the page shows. */
@Service
@Transactional(readOnly = true)
public class RoundPages {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final Scorecards scorecards;
    private final TeamRoundResults teamResults;
    private final Invitations invitations;

    RoundPages(
            RoundAccess access,
            ResponseRepository responses,
            Scorecards scorecards,
            TeamRoundResults teamResults,
            Invitations invitations) {
        this.access = access;
        this.responses = responses;
        this.scorecards = scorecards;
        this.teamResults = teamResults;
        this.invitations = invitations;
    }

    /** @throws RoundNotFoundException when there is no such round, or not one the viewer may see */
    public RoundPage of(long roundId, Viewer viewer) {
        VisibleRound visible = access.visible(roundId, viewer);
        if (visible.round().getMode() == RoundMode.SELF) {
            return new RoundPage(scorecards.of(visible), null, null, visible.managedByViewer(), List.of());
        }
        List<Response> all = responses.findByRoundId(roundId);
        RoundPage.OwnResponse own = all.stream()
                .filter(response -> response.isRespondent(viewer.accountId()))
                .findFirst()
                .map(response -> new RoundPage.OwnResponse(response.getId(), response.isSubmitted()))
                .orElse(null);
        return new RoundPage(
                null,
                teamResults.of(visible, all, viewer),
                own,
                visible.managedByViewer(),
                visible.managedByViewer() ? invitations.of(roundId, all) : List.of());
    }
}
