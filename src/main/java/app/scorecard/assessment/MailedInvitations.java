package app.scorecard.assessment;

import app.scorecard.account.AccountService;
import app.scorecard.account.Language;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.mail.MailOutbox;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.RoundMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Invitations the app mails: the manager names people and their addresses, and each gets a personal link by mail — the
 * manager never sees it, so their answers are theirs alone — and one reminder before the closing date if they have not
 * answered by then ({@link InvitationReminders}). The mails wait in the outbox until the server takes them; a link
 * whose mail could not be sent yet is shown as such, and nothing is lost.
 */
@Service
@Transactional
public class MailedInvitations {

    private final RoundAccess access;
    private final InvitationRepository invitations;
    private final InvitationDomains domains;
    private final InvitationMail mail;
    private final MailOutbox outbox;
    private final QuestionBank questionBank;
    private final AccountService accounts;
    private final Clock clock;

    MailedInvitations(
            RoundAccess access,
            InvitationRepository invitations,
            InvitationDomains domains,
            InvitationMail mail,
            MailOutbox outbox,
            QuestionBank questionBank,
            AccountService accounts,
            Clock clock) {
        this.access = access;
        this.invitations = invitations;
        this.domains = domains;
        this.mail = mail;
        this.outbox = outbox;
        this.questionBank = questionBank;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the app can mail invitations (a mail server is configured). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean available() {
        return outbox.enabled();
    }

    /**
     * Invites everyone on the list and queues their mails, or — when any line cannot be used — nobody.
     *
     * @param people one person per line: {@code Ana Lima <ana@example.org>}, or the address alone
     * @return how many were invited
     * @throws InvalidInvitationsException naming every line that cannot be used (malformed, of another domain, twice
     *     on the list, invited already), or when mail is off, the list is empty or too long, or the round is closed
     */
    public int invite(long roundId, Viewer viewer, String people) {
        VisibleRound visible = access.managed(roundId, viewer);
        Round round = visible.round();
        if (!outbox.enabled()) {
            throw new InvalidInvitationsException("invitations.mail.off");
        }
        if (round.getMode() != RoundMode.TEAM || !round.isOpenAt(clock.instant())) {
            throw new InvalidInvitationsException("invitations.roundClosed");
        }
        // a mailbox invited already: unless its invitation was revoked before anyone answered through it
        Set<String> invited = new HashSet<>();
        invitations.findMailboxesTakenIn(roundId).forEach(email -> invited.add(AddressList.mailbox(email)));
        AddressList list =
                AddressList.read(people, new HashSet<>(domains.current().domains()), invited);
        if (list.hasProblems()) {
            throw InvalidInvitationsException.of(list.problems());
        }
        if (list.people().isEmpty()) {
            throw new InvalidInvitationsException("invitations.mail.required");
        }
        if (list.people().size() > Invitations.MAX_AT_ONCE) {
            throw new InvalidInvitationsException("invitations.tooMany");
        }
        var version = questionBank.definition(round.getVersionId());
        String sender = accounts.findById(viewer.accountId())
                .map(account -> account.displayName())
                .orElse(visible.team().name());
        String language = mailLanguage();
        for (AddressList.Person person : list.people()) {
            Invitation invitation = invitations.save(
                    Invitation.mailed(round, person.name(), person.email(), clock.instant(), language));
            outbox.queue(mail.invitation(invitation, version, visible.team().name(), sender));
        }
        return list.people().size();
    }

    /**
     * The language of the page the invitations are sent from — the one the manager reads (their choice, or their
     * browser's) — when the app speaks it; English otherwise, and away from a request (a round a schedule opened).
     */
    private static String mailLanguage() {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return null;
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        return Language.ofTag(language)
                .filter(spoken -> spoken != Language.EN)
                .map(Language::tag)
                .orElse(null);
    }

    /** No mail of these invitations goes out any more (revoked, or their round closed); what was sent stays sent. */
    void stopMails(List<Invitation> stopped) {
        if (!outbox.enabled()) {
            return;
        }
        List<String> references = new ArrayList<>();
        for (Invitation invitation : stopped) {
            if (invitation.isMailed()) {
                references.add(InvitationMail.reference(invitation));
                references.add(InvitationMail.reminderReference(invitation));
            }
        }
        outbox.cancel(references);
    }
}
