package app.scorecard.assessment;

import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes team rounds whose closing date has passed and records their results, a minute or so after midnight UTC.
 * (Until then they already take no answers: {@link Round#isOpenAt} looks at the date.) Safe with several instances:
 * whichever closes a round first wins, the others change nothing.
 */
@Component
class RoundCloser {

    private static final Logger log = LoggerFactory.getLogger(RoundCloser.class);

    private final RoundRepository rounds;
    private final RoundFinisher finisher;
    private final Invitations invitations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RoundCloser(
            RoundRepository rounds,
            RoundFinisher finisher,
            Invitations invitations,
            TransactionTemplate transaction,
            Clock clock) {
        this.rounds = rounds;
        this.finisher = finisher;
        this.invitations = invitations;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${scorecard.rounds.close-check:60s}", initialDelayString = "10s")
    void closeRoundsPastTheirDate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Long roundId : rounds.findIdsOpenPastClosingDate(today)) {
            try {
                transaction.executeWithoutResult(status -> {
                    Round round = rounds.findById(roundId).orElseThrow();
                    boolean closedNow = round.close(round.endOfClosingDate());
                    rounds.flush();
                    finisher.finish(round);
                    invitations.roundClosed(roundId);
                    if (closedNow) {
                        finisher.announceClosed(round);
                    }
                });
                log.info("Closed round {} at its closing date", roundId);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                log.debug("Round {} was closed by another instance", roundId);
            }
        }
    }
}
