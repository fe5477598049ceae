package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import app.scorecard.assessment.internal.InvitationRepository;
import app.scorecard.mail.MailOutbox;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.team.TeamService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder per mailed invitation, to those who have not answered, {@code scorecard.invitations.reminder-days}
 * days before their round's closing date (rounds without one get none). Safe with several instances: an invitation is
 * marked reminded by one conditional update, and only the instance whose update took queues the mail.
 */
@Component
class InvitationReminders {

    private static final Logger log = LoggerFactory.getLogger(InvitationReminders.class);

    private final InvitationRepository invitations;
    private final InvitationMail mail;
    private final MailOutbox outbox;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int daysBefore;

    InvitationReminders(
            InvitationRepository invitations,
            InvitationMail mail,
            MailOutbox outbox,
            QuestionBank questionBank,
            TeamService teams,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${scorecard.invitations.reminder-days:2}") int daysBefore) {
        this.invitations = invitations;
        this.mail = mail;
        this.outbox = outbox;
        this.questionBank = questionBank;
        this.teams = teams;
        this.transaction = transaction;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** @return how many reminders this call queued */
    @Scheduled(fixedDelayString = "${scorecard.invitations.reminder-check:15m}", initialDelayString = "1m")
    int remindThoseWhoHaveNotAnswered() {
        if (!outbox.enabled()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int queued = 0;
        for (long id : invitations.findIdsToRemind(today, today.plusDays(daysBefore))) {
            Boolean sent = transaction.execute(status -> {
                if (invitations.markReminded(id, clock.instant()) != 1) {
                    return false; // another instance reminded it meanwhile
                }
                Invitation invitation = invitations.findById(id).orElseThrow();
                outbox.queue(mail.reminder(
                        invitation,
                        questionBank.definition(invitation.getRound().getVersionId()),
                        teams.name(invitation.getRound().getTeamId()).orElse("")));
                return true;
            });
            if (Boolean.TRUE.equals(sent)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("Queued {} invitation reminders", queued);
        }
        return queued;
    }
}
