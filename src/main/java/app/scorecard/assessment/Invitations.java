package app.scorecard.assessment;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.mail.MailOutbox;
import app.scorecard.mail.MailStatus;
import app.scorecard.results.RoundMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links for people without an account to answer a team round: links the manager copies or downloads as a CSV
 * and hands out (manager-held), and links the app mails ({@link MailedInvitations}). Here: making manager-held links,
 * listing a round's invitations with whether each person answered (and how their mail stands), and revoking one.
 */
@Service
@Transactional
public class Invitations {

    public static final int MAX_AT_ONCE = 200;

    private final RoundAccess access;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final MailedInvitations mailed;
    private final MailOutbox outbox;
    private final Clock clock;

    Invitations(
            RoundAccess access,
            InvitationRepository invitations,
            ResponseRepository responses,
            MailedInvitations mailed,
            MailOutbox outbox,
            Clock clock) {
        this.access = access;
        this.invitations = invitations;
        this.responses = responses;
        this.mailed = mailed;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates one invitation per name.
     *
     * @throws InvalidInvitationsException when a name is too long, there are none or too many, or the round is not an
     *     open team round; nothing is created
     */
    public void invite(long roundId, Viewer viewer, List<String> names) {
        Round round = access.managed(roundId, viewer).round();
        if (round.getMode() != RoundMode.TEAM || !round.isOpenAt(clock.instant())) {
            throw new InvalidInvitationsException("invitations.roundClosed");
        }
        List<String> cleaned = names.stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        if (cleaned.isEmpty()) {
            throw new InvalidInvitationsException("invitations.namesRequired");
        }
        if (cleaned.size() > MAX_AT_ONCE) {
            throw new InvalidInvitationsException("invitations.tooMany");
        }
        if (cleaned.stream().anyMatch(name -> name.length() > Invitation.NAME_MAX_LENGTH)) {
            throw new InvalidInvitationsException("invitations.nameTooLong");
        }
        cleaned.forEach(name -> invitations.save(Invitation.managerHeld(round, name, clock.instant())));
    }

    /** The round's invitations in the order they were made, with whether each person has answered. */
    @Transactional(readOnly = true)
    public List<InvitationView> of(long roundId, Viewer viewer) {
        access.managed(roundId, viewer);
        return of(roundId, responses.findByRoundId(roundId));
    }

    /** @param all every response of the round, drafts included */
    List<InvitationView> of(long roundId, List<Response> all) {
        Map<Long, Response> byInvitation = new HashMap<>();
        all.stream()
                .filter(response -> response.getInvitation() != null)
                .forEach(response -> byInvitation.put(response.getInvitation().getId(), response));
        List<Invitation> list = invitations.findByRoundId(roundId);
        List<String> references = new ArrayList<>();
        list.stream().filter(Invitation::isMailed).forEach(invitation -> {
            references.add(InvitationMail.reference(invitation));
            references.add(InvitationMail.reminderReference(invitation));
        });
        Map<String, MailStatus> mails = references.isEmpty() ? Map.of() : outbox.statusOf(references);
        return list.stream()
                .map(invitation -> new InvitationView(
                        invitation.getId(),
                        invitation.getName(),
                        invitation.isMailed() ? null : invitation.getToken(),
                        invitation.getEmail(),
                        invitation.getCreatedAt(),
                        state(invitation, byInvitation.get(invitation.getId())),
                        mails.get(InvitationMail.reference(invitation)),
                        mails.get(InvitationMail.reminderReference(invitation))))
                .toList();
    }

    /** Makes a link stop working, and its mails not go out any more; what its holder submitted already stays. */
    public void revoke(long roundId, long invitationId, Viewer viewer) {
        access.managed(roundId, viewer);
        Invitation invitation = invitations
                .findById(invitationId)
                .filter(candidate -> candidate.getRound().getId() == roundId)
                .orElseThrow(() -> new RoundNotFoundException("invitation", invitationId));
        invitation.revoke(clock.instant());
        mailed.stopMails(List.of(invitation));
    }

    /** A round has closed: mails of its invitations that have not gone out yet would only carry dead links. */
    void roundClosed(long roundId) {
        mailed.stopMails(invitations.findByRoundId(roundId));
    }

    /** Answered or not yet — never whether someone has opened the link or saved a draft. */
    private static InvitationView.State state(Invitation invitation, Response response) {
        if (response != null && response.isSubmitted()) {
            return InvitationView.State.ANSWERED;
        }
        return invitation.isRevoked() ? InvitationView.State.REVOKED : InvitationView.State.NOT_YET;
    }
}
