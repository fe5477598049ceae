package app.scorecard.assessment;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundPage;
import app.scorecard.questionbank.Translations;
import app.scorecard.results.AnonymityPolicy;
import app.scorecard.results.OrganisationResults;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.ResponseScores;
import app.scorecard.results.RoundMode;
import app.scorecard.results.RoundResults;
import app.scorecard.results.TeamResults;
import app.scorecard.web.layout.DisplayDates;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a round's page with one access check and one read of its responses, whatever the page shows. A finished
 * round's results come from its record; an open team round shows only how many answers count so far. Beside a team
 * round's shown results stand the organisation's numbers of its quarter, where enough other teams contributed.
 */
@Service
@Transactional(readOnly = true)
public class RoundPages {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final Rounds rounds;
    private final RoundResults results;
    private final AnonymityPolicy anonymity;
    private final Invitations invitations;
    private final ResponseRates responseRates;
    private final OrganisationResults organisation;
    private final DisplayDates dates;

    RoundPages(
            RoundAccess access,
            ResponseRepository responses,
            Rounds rounds,
            RoundResults results,
            AnonymityPolicy anonymity,
            Invitations invitations,
            ResponseRates responseRates,
            OrganisationResults organisation,
            DisplayDates dates) {
        this.access = access;
        this.responses = responses;
        this.rounds = rounds;
        this.results = results;
        this.anonymity = anonymity;
        this.invitations = invitations;
        this.responseRates = responseRates;
        this.organisation = organisation;
        this.dates = dates;
    }

    /** @throws RoundNotFoundException when there is no such round, or not one the viewer may see */
    public RoundPage of(long roundId, Viewer viewer) {
        return of(roundId, viewer, Locale.ENGLISH, false);
    }

    /**
     * The round's page with its question set's words in the reader's language; the scores are the record's whatever
     * the language.
     *
     * @throws RoundNotFoundException when there is no such round, or not one the viewer may see
     */
    public RoundPage of(long roundId, Viewer viewer, Locale reader) {
        return of(roundId, viewer, reader, false);
    }

    /**
     * The page as people read it, in their language and with, beside a team round's shown results, the organisation's
     * numbers of its quarter.
     *
     * @throws RoundNotFoundException when there is no such round, or not one the viewer may see
     */
    public RoundPage withOrganisation(long roundId, Viewer viewer, Locale reader) {
        return of(roundId, viewer, reader, true);
    }

    private RoundPage of(long roundId, Viewer viewer, Locale reader, boolean withOrganisation) {
        VisibleRound visible = access.visible(roundId, viewer);
        Round round = visible.round();
        RoundSummary summary = rounds.summary(round, Translations.languageOf(reader));
        String teamName = visible.team().name();
        if (round.getMode() == RoundMode.SELF) {
            return new RoundPage(
                    summary,
                    teamName,
                    results.selfAssessment(roundId, teamName, reader),
                    null,
                    null,
                    visible.managedByViewer(),
                    List.of(),
                    null);
        }
        List<Response> all = responses.findByRoundId(roundId);
        Response own = all.stream()
                .filter(response -> response.isRespondent(viewer.accountId()))
                .findFirst()
                .orElse(null);
        List<InvitationView> shownInvitations = visible.managedByViewer() ? invitations.of(roundId, all) : null;
        TeamResults teamResults = teamResults(visible, summary, all, own, reader);
        return new RoundPage(
                summary,
                teamName,
                null,
                teamResults,
                own == null ? null : new RoundPage.OwnResponse(own.getId(), own.isSubmitted()),
                visible.managedByViewer(),
                shownInvitations == null ? List.of() : shownInvitations,
                responseRates.of(round, visible.team(), summary.responses(), all, shownInvitations),
                withOrganisation && teamResults.shown()
                        ? organisation
                                .besideTeamRound(roundId, dates.zone(), viewer)
                                .orElse(null)
                        : null);
    }

    /**
     * A closed round's recorded results, with the viewer's own view beside them if they answered as a manager; an open
     * round's count so far.
     */
    private TeamResults teamResults(
            VisibleRound visible, RoundSummary summary, List<Response> all, Response own, Locale reader) {
        Round round = visible.round();
        boolean ownAsManager = own != null
                && own.isSubmitted()
                && own.kind() == RespondentKind.MANAGER
                && visible.managedByViewer()
                && round.accepts(own.getSubmittedAt());
        ResponseScores ownScores = ownAsManager ? own.storedScores() : null;
        // Until a round is closed and recorded (a closing date passed a moment ago) it shows only its count so far.
        return results.teamRound(round.getId(), ownScores, reader)
                .orElseGet(() -> TeamResults.collecting(
                        summary.responses(),
                        anonymity.minimum(),
                        anonymity.stillNeeded(summary.responses()),
                        all.stream()
                                .filter(Response::isSubmitted)
                                .filter(response -> response.kind() == RespondentKind.MANAGER_HELD_LINK)
                                .count(),
                        round.countsManagerHeldLinks()));
    }
}
