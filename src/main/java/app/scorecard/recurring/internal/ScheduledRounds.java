package app.scorecard.recurring.internal;

import app.scorecard.account.Account;
import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.account.Viewer;
import app.scorecard.assessment.InvalidInvitationsException;
import app.scorecard.assessment.MailedInvitations;
import app.scorecard.assessment.Rounds;
import app.scorecard.questionbank.QuestionSetNotFoundException;
import app.scorecard.questionbank.QuestionSetRetiredException;
import app.scorecard.team.TeamNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the rounds of due schedules, every {@code scorecard.schedules.check} (a minute): each as a round opened by hand
 * — through {@link Rounds}, its invitations through {@link MailedInvitations} (mailed after the transaction commits,
 * reminded before the closing date) — labelled by its period ("2027 Q1", "2027-03"), closing {@code openDays} after the
 * day it opens.
 *
 * <p>One transaction per schedule: it first claims the run with a conditional update of {@code next_run_at} (moved on
 * to the first opening after now, so a run missed while the app was down opens one round, not one per missed period),
 * then opens the round. The update holds the row until the commit, so another instance claiming at the same moment
 * waits and then finds nothing to claim: one round per run, whatever the number of instances. When the round cannot be
 * opened (its set retired, an address no longer allowed, its owner no longer running the team's rounds) nothing of it
 * is kept; the run is claimed in a transaction of its own that notes why, and the schedule carries on (paused, when its
 * owner may no longer run the team's rounds).
 */
@Component
class ScheduledRounds {

    static final int BATCH_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(ScheduledRounds.class);

    private final RoundScheduleRepository schedules;
    private final Rounds rounds;
    private final MailedInvitations mailedInvitations;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledRounds(
            RoundScheduleRepository schedules,
            Rounds rounds,
            MailedInvitations mailedInvitations,
            AccountService accounts,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.schedules = schedules;
        this.rounds = rounds;
        this.mailedInvitations = mailedInvitations;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** @return how many rounds this call opened */
    @Scheduled(
            fixedDelayString = "${scorecard.schedules.check:60s}",
            initialDelayString = "${scorecard.schedules.check:60s}")
    int openDueRounds() {
        Instant now = clock.instant();
        int opened = 0;
        List<RoundScheduleRepository.Due> due;
        do {
            due = schedules.findDue(now, Limit.of(BATCH_SIZE));
            for (RoundScheduleRepository.Due run : due) {
                if (open(run, now)) {
                    opened++;
                }
            }
        } while (due.size() == BATCH_SIZE && opened > 0);
        return opened;
    }

    /** Opens a due schedule's round unless another instance claimed the run first. */
    private boolean open(RoundScheduleRepository.Due run, Instant now) {
        try {
            Long roundId = transaction.execute(status -> {
                Optional<RoundSchedule> found = schedules.findById(run.id());
                if (found.isEmpty()) {
                    return null; // deleted meanwhile
                }
                RoundSchedule schedule = found.get();
                if (schedules.claim(run.id(), run.nextRunAt(), schedule.nextRunAfter(now), now) != 1) {
                    return null;
                }
                return openRound(schedule, now);
            });
            return roundId != null;
        } catch (TransientDataAccessException | TransactionException e) {
            // the database is busy or away (or another instance holds the run): still due, tried at the next check
            log.info("Schedule {} not run now, tried again at the next check: {}", run.id(), e.toString());
            return false;
        } catch (RuntimeException e) {
            noteProblem(run, now, e);
            return false;
        }
    }

    private long openRound(RoundSchedule schedule, Instant now) {
        Viewer owner = owner(schedule.getOwnerId());
        LocalDate opening = schedule.openingFor(now);
        String label = schedule.getFrequency().label(opening);
        LocalDate closesOn = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(schedule.getOpenDays());
        long roundId = rounds.startTeamRound(
                owner, schedule.getTeamId(), schedule.getQuestionSetKey(), label, closesOn, schedule.asksTargets());
        if (!schedule.getInvitees().isBlank()) {
            mailedInvitations.invite(roundId, owner, schedule.getInvitees());
        }
        schedules.opened(schedule.getId(), roundId, label);
        log.info(
                "Schedule {} opened round {} ({}) of team {}, closing on {}",
                schedule.getId(),
                roundId,
                label,
                schedule.getTeamId(),
                closesOn);
        return roundId;
    }

    /** The owner as they are now: an active account. */
    private Viewer owner(long ownerId) {
        Account account = accounts.findById(ownerId)
                .filter(Account::active)
                .orElseThrow(() -> new AccessDeniedException("The schedule's owner is deactivated"));
        return new Viewer(account.id(), account.hasRole(Role.ADMIN));
    }

    /**
     * A run whose round could not be opened: claimed all the same (with the reason noted), unless another instance
     * claimed it meanwhile — then the conditional update changes nothing.
     */
    private void noteProblem(RoundScheduleRepository.Due run, Instant now, RuntimeException cause) {
        String problem = problemOf(cause);
        boolean pause = "recurring.run.owner".equals(problem);
        try {
            Integer claimed = transaction.execute(status -> schedules
                    .findById(run.id())
                    .map(schedule -> schedules.failed(
                            run.id(), run.nextRunAt(), schedule.nextRunAfter(now), now, problem, pause))
                    .orElse(0));
            if (claimed != null && claimed == 1) {
                log.warn("Schedule {} opened no round ({}): {}", run.id(), problem, cause.toString());
            }
        } catch (RuntimeException e) {
            log.debug("Schedule {} was run by another instance: {}", run.id(), e.toString());
        }
    }

    private static String problemOf(RuntimeException cause) {
        if (cause instanceof QuestionSetRetiredException) {
            return "recurring.run.setRetired";
        }
        if (cause instanceof QuestionSetNotFoundException) {
            return "recurring.run.setGone";
        }
        if (cause instanceof AccessDeniedException || cause instanceof TeamNotFoundException) {
            return "recurring.run.owner";
        }
        if (cause instanceof InvalidInvitationsException) {
            return "recurring.run.invitations";
        }
        return "recurring.run.failed";
    }
}
