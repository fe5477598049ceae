package app.scorecard.assessment.internal;

import app.scorecard.assessment.InvitationView;
import app.scorecard.assessment.ResponseRate;
import app.scorecard.assessment.RoundSummary;
import app.scorecard.results.OrganisationQuarter;
import app.scorecard.results.RoundScorecard;
import app.scorecard.results.TeamResults;
import java.util.List;

/**
 * Everything a round's page shows, read in one go: a self-assessment's scorecard, or a team round with its results,
 * the viewer's own response, and — for the round's managers — its invitations.
 *
 * @param selfScorecard set for a self-assessment
 * @param teamResults set for a team round
 * @param own the viewer's own response to a team round, or {@code null}
 * @param invitations a team round's invitations when the viewer manages it, else empty
 * @param responseRate a team round's answers of its invited people; {@code null} for a self-assessment
 * @param organisation for a team round whose results are shown, the organisation's numbers of the quarter it finished
 *     in, each shown only when enough other teams contributed; else {@code null}
 */
public record RoundPage(
        RoundSummary round,
        String teamName,
        RoundScorecard selfScorecard,
        TeamResults teamResults,
        OwnResponse own,
        boolean managedByViewer,
        List<InvitationView> invitations,
        ResponseRate responseRate,
        OrganisationQuarter organisation) {

    /** A page without the organisation's numbers. */
    public RoundPage(
            RoundSummary round,
            String teamName,
            RoundScorecard selfScorecard,
            TeamResults teamResults,
            OwnResponse own,
            boolean managedByViewer,
            List<InvitationView> invitations,
            ResponseRate responseRate) {
        this(round, teamName, selfScorecard, teamResults, own, managedByViewer, invitations, responseRate, null);
    }

    /** The viewer's own response: to continue it, or to know it is in. */
    public record OwnResponse(long id, boolean submitted) {}

    public boolean isSelfAssessment() {
        return selfScorecard != null;
    }
}
