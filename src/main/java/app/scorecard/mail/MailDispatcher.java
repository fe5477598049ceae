package app.scorecard.mail;

import app.scorecard.mail.internal.Backoff;
import app.scorecard.mail.internal.OutgoingMail;
import app.scorecard.mail.internal.OutgoingMailRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages, on a thread of its own: every {@code scorecard.mail.dispatch-interval}, and a
 * moment after a transaction that queued messages commits.
 *
 * <p>Safe with several instances on one database. Each message is first claimed in a short transaction — its attempts
 * counted and its next attempt moved out by the backoff, guarded by its version, so the instance that loses the race
 * skips it — then sent outside any transaction, and its outcome recorded in another short transaction. Delivery is
 * therefore <em>at least once</em>: if the process dies between the server taking a message and the outcome being
 * recorded, the message is sent again once its backoff has passed.
 *
 * <p>A failure that may pass (server down, timeout, failed authentication) ends the run: the server is not taking
 * mail, and the rest waits for the next run rather than for one timeout each.
 */
@Component
class MailDispatcher implements DisposableBean {

    static final int BATCH_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutgoingMailRepository mails;
    private final MailServer server;
    private final TransactionTemplate transaction;
    private final Backoff backoff;
    private final Clock clock;
    private final ExecutorService ownThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "mail-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();

    MailDispatcher(
            OutgoingMailRepository mails,
            MailServer server,
            PlatformTransactionManager transactions,
            MailOutboxProperties properties,
            Clock clock) {
        this.mails = mails;
        this.server = server;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.backoff = new Backoff(properties.retryInitial(), properties.retryMax());
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${scorecard.mail.dispatch-interval:30s}",
            initialDelayString = "${scorecard.mail.dispatch-interval:30s}")
    void dispatchDue() {
        dispatchSoon();
    }

    /** Asks for a run on the dispatcher's thread and returns at once; requests made before the run starts share it. */
    void dispatchSoon() {
        if (!server.isConfigured() || !requested.compareAndSet(false, true)) {
            return;
        }
        try {
            ownThread.execute(() -> {
                requested.set(false);
                try {
                    dispatch();
                } catch (RuntimeException e) {
                    log.warn("Sending mail failed, tried again at the next run: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            requested.set(false); // shutting down: the next start sends what is due
        }
    }

    /** Sends what is due now, batch after batch, on the calling thread. Returns how many messages the server took. */
    int dispatch() {
        if (!server.isConfigured()) {
            return 0;
        }
        int sent = 0;
        List<Long> due;
        do {
            due = mails.findDueIds(clock.instant(), Limit.of(BATCH_SIZE));
            for (long id : due) {
                Outcome outcome = attempt(id);
                if (outcome == Outcome.FAILED) {
                    return sent;
                }
                if (outcome == Outcome.SENT) {
                    sent++;
                }
            }
        } while (due.size() == BATCH_SIZE);
        return sent;
    }

    private Outcome attempt(long id) {
        Optional<OutgoingMessage> claimed = claim(id);
        if (claimed.isEmpty()) {
            return Outcome.SKIPPED;
        }
        OutgoingMessage message = claimed.get();
        try {
            server.send(message);
        } catch (MailException e) {
            SendFailure failure = SendFailure.of(e);
            if (failure.permanent()) {
                record(id, mail -> mail.refused(failure.summary()));
                log.warn(
                        "Mail {} ({}) refused by the mail server, not tried again: {}",
                        id,
                        message.reference(),
                        failure.summary());
                return Outcome.REFUSED;
            }
            record(id, mail -> mail.failed(failure.summary()));
            log.warn(
                    "Mail {} ({}) not sent, tried again later; the rest waits for the next run: {}",
                    id,
                    message.reference(),
                    failure.summary());
            return Outcome.FAILED;
        }
        record(id, mail -> mail.sent(clock.instant()));
        return Outcome.SENT;
    }

    /** The message to send, if it is still due and this instance's claim on it committed first. */
    private Optional<OutgoingMessage> claim(long id) {
        Instant now = clock.instant();
        try {
            return transaction.execute(status ->
                    mails.findById(id).filter(mail -> mail.isDueAt(now)).map(mail -> mail.claim(now, backoff)));
        } catch (ConcurrencyFailureException e) {
            log.debug("Mail {} was claimed by another instance", id);
            return Optional.empty();
        }
    }

    /** Records an outcome; a concurrent change (a cancel) only makes it read the message again. */
    private void record(long id, Consumer<OutgoingMail> outcome) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(outcome));
                return;
            } catch (ConcurrencyFailureException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        ownThread.shutdown();
        if (!ownThread.awaitTermination(10, TimeUnit.SECONDS)) {
            ownThread.shutdownNow(); // a message claimed but not recorded is sent again after its backoff
        }
    }

    private enum Outcome {
        SENT,
        REFUSED,
        FAILED,
        SKIPPED
    }
}
