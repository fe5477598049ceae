package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.LinkEnd;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.Round;
import app.scorecard.team.TeamService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a link's holder is told once the link takes no answers: read from the link, its round and its own response
 * only. Whether answers count follows the rules the round's result is recorded by.
 */
@Component
class LinkEnds {

    private final TeamService teams;
    private final Clock clock;

    LinkEnds(TeamService teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    /** The link's answers were sent. */
    LinkEnd answered(Invitation invitation, Response response) {
        Round round = invitation.getRound();
        LinkEnd.Counting counting;
        if (!round.accepts(response.getSubmittedAt())) {
            counting = LinkEnd.Counting.LATE;
        } else if (round.counts(response.kind())) {
            counting = LinkEnd.Counting.COUNTED;
        } else {
            counting = LinkEnd.Counting.LEFT_OUT;
        }
        return end(LinkEnd.Reason.ANSWERED, invitation, response.getSubmittedAt(), counting, false);
    }

    /**
     * The link was revoked or its round closed before answers were sent.
     *
     * @param draft the link's unsent draft, if there is one
     * @param holderHash this browser's hash for the link, {@code null} without a secret
     */
    LinkEnd unusable(Invitation invitation, Optional<Response> draft, String holderHash) {
        boolean ownDraft =
                draft.filter(response -> response.isHeldBy(holderHash)).isPresent();
        LinkEnd.Reason reason = invitation.isRevoked() ? LinkEnd.Reason.REVOKED : LinkEnd.Reason.CLOSED;
        return end(reason, invitation, null, null, ownDraft);
    }

    private LinkEnd end(
            LinkEnd.Reason reason,
            Invitation invitation,
            Instant answeredAt,
            LinkEnd.Counting counting,
            boolean unsentDraft) {
        Round round = invitation.getRound();
        boolean closed = !round.isOpenAt(clock.instant());
        Instant closedByHand =
                round.getClosedAt() != null && !round.getClosedAt().equals(round.endOfClosingDate())
                        ? round.getClosedAt()
                        : null;
        return new LinkEnd(
                reason,
                teams.name(round.getTeamId()).orElse(""),
                round.getLabel(),
                answeredAt,
                counting,
                invitation.getRevokedAt(),
                closed,
                closed ? closedByHand : null,
                round.getClosesOn(),
                unsentDraft);
    }
}
