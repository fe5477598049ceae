package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.assessment.internal.InvitationUnusableException;
import app.scorecard.assessment.internal.LinkEnd;
import app.scorecard.assessment.internal.LinkInUseException;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whose response a questionnaire call is about, and whether the caller may have it: a signed-in person their own (in a
 * team round while they are in the team), a link's holder the link's response — its draft only from the browser that
 * saved it first. Also who the respondent is, as their response will record it when submitted.
 */
@Component
class Respondents {

    private final ResponseRepository responses;
    private final InvitationRepository invitations;
    private final TeamService teams;
    private final LinkEnds linkEnds;
    private final Clock clock;

    Respondents(
            ResponseRepository responses,
            InvitationRepository invitations,
            TeamService teams,
            LinkEnds linkEnds,
            Clock clock) {
        this.responses = responses;
        this.invitations = invitations;
        this.teams = teams;
        this.linkEnds = linkEnds;
        this.clock = clock;
    }

    /** The response to change: found, or — for a link's first save — made now and bound to this browser. */
    Response toChange(Respondent respondent) {
        Found found = find(respondent);
        if (found.response().isPresent()) {
            Response response = found.response().get();
            if (found.unboundDraft()) {
                response.takeOverUnbound(requireSecret(respondent));
            }
            return response;
        }
        Response draft = Response.draftFor(found.invitation(), clock.instant());
        draft.bindTo(requireSecret(respondent));
        // Two first saves at the same moment (two browsers): one insert wins, the other fails on the unique invitation,
        // and its page says the link is in use, handing back what was typed.
        return responses.saveAndFlush(draft);
    }

    private static String requireSecret(Respondent respondent) {
        String hash = ((Respondent.WithInvitation) respondent).holderHash();
        if (hash == null) {
            throw new IllegalArgumentException("Saving through a link needs the browser's secret");
        }
        return hash;
    }

    /** What a link's holder is told once its answers are in. */
    LinkEnd answered(Found found) {
        return linkEnds.answered(found.invitation(), found.response().orElseThrow());
    }

    /**
     * The respondent's response, if there is one. A signed-in person reaches only their own, and in a team round only
     * while they are still in the team; a link reaches its own until it is revoked or the round closes (a submitted
     * response stays readable, so the link can say thank you), and its draft only from the browser that saved it.
     * Without a response, a link's invitation is usable.
     */
    Found find(Respondent respondent) {
        if (respondent instanceof Respondent.WithAccount withAccount) {
            Response response = responses
                    .findWithRoundById(withAccount.responseId())
                    .filter(candidate -> candidate.isRespondent(withAccount.accountId()))
                    .orElseThrow(() -> new RoundNotFoundException("response", withAccount.responseId()));
            Round round = response.getRound();
            if (round.getMode() == RoundMode.SELF) {
                return new Found(Optional.of(response), null, RespondentKind.MANAGER, false);
            }
            TeamRole role = teams.find(round.getTeamId())
                    .map(TeamView::members)
                    .map(members -> members.get(withAccount.accountId()))
                    .orElseThrow(() -> new RoundNotFoundException("response", withAccount.responseId()));
            return new Found(
                    Optional.of(response),
                    null,
                    role == TeamRole.MANAGER ? RespondentKind.MANAGER : RespondentKind.MEMBER,
                    false);
        }
        Respondent.WithInvitation holder = (Respondent.WithInvitation) respondent;
        InvitationRepository.LinkState link = invitations
                .findWithResponseByToken(holder.token())
                .orElseThrow(() -> new InvitationUnusableException(LinkEnd.unknown()));
        Invitation invitation = link.invitation();
        Optional<Response> existing = link.response();
        boolean usable = invitation.isUsableAt(clock.instant());
        RespondentKind kind = invitation.isMailed() ? RespondentKind.INVITEE : RespondentKind.MANAGER_HELD_LINK;
        if (existing.isPresent() && existing.get().isSubmitted()) {
            return new Found(existing, invitation, kind, false);
        }
        if (!usable) {
            throw new InvitationUnusableException(linkEnds.unusable(invitation, existing, holder.holderHash()));
        }
        if (existing.isPresent()) {
            Response draft = existing.get();
            if (!draft.isBound()) {
                return new Found(existing, invitation, kind, true);
            }
            if (!draft.isHeldBy(holder.holderHash())) {
                throw new LinkInUseException();
            }
        }
        return new Found(existing, invitation, kind, false);
    }

    /**
     * A respondent's response if there is one, and for a link its invitation (read once per call).
     *
     * @param kind who the respondent is now: their role in the team, or how their link reached them
     * @param unboundDraft a link's draft saved before drafts belonged to a browser: the next save takes it over
     */
    record Found(Optional<Response> response, Invitation invitation, RespondentKind kind, boolean unboundDraft) {}
}
