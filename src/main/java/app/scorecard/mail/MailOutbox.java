package app.scorecard.mail;

import app.scorecard.mail.internal.LatestMail;
import app.scorecard.mail.internal.OutgoingMail;
import app.scorecard.mail.internal.OutgoingMailRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails the app sends, kept in the database until the mail server has taken them (an outbox). A message is queued in
 * the caller's transaction, so it exists exactly when what it is about does; it is sent shortly after that
 * transaction commits, on another thread, and tried again with a growing delay for as long as the server does not
 * take it. Delivery is at least once: in rare cases (a crash right after sending) a message goes out twice.
 */
@Service
public class MailOutbox {

    private final OutgoingMailRepository mails;
    private final MailServer server;
    private final MailDispatcher dispatcher;
    private final Clock clock;

    MailOutbox(OutgoingMailRepository mails, MailServer server, MailDispatcher dispatcher, Clock clock) {
        this.mails = mails;
        this.server = server;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Whether SMTP is configured (a JavaMailSender bean exists, i.e. {@code spring.mail.host} is set). */
    public boolean enabled() {
        return server.isConfigured();
    }

    /**
     * Queues a message in the caller's transaction (or in one of its own when there is none). It is sent soon after
     * that transaction commits, never while it runs, and tried again until sent, refused or cancelled.
     *
     * @throws IllegalStateException when mail is not {@link #enabled()}
     */
    @Transactional
    public void queue(OutgoingMessage message) {
        if (!enabled()) {
            throw new IllegalStateException("Mail is off: spring.mail.host is not set");
        }
        mails.save(new OutgoingMail(message, clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                dispatcher.dispatchSoon();
            }
        });
    }

    /**
     * The state of the newest message of each reference, in one query however many references; a reference without
     * any message has no entry.
     */
    public Map<String, MailStatus> statusOf(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return mails.findLatestByReferenceIn(Set.copyOf(references)).stream()
                .collect(Collectors.toUnmodifiableMap(LatestMail::reference, LatestMail::toStatus));
    }

    /**
     * Pending messages of this reference are not sent any more (e.g. the invitation was revoked, the round closed). One
     * being handed to the server at this very moment may still go out; it then shows as {@code SENT}.
     */
    @Transactional
    public void cancel(String reference) {
        cancel(List.of(reference));
    }

    /** Pending messages of these references are not sent any more, in one statement however many. */
    @Transactional
    public void cancel(Collection<String> references) {
        if (!references.isEmpty()) {
            mails.cancelPending(references);
        }
    }
}
