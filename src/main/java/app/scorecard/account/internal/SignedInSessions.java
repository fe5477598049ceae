package app.scorecard.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account whose access an admin took away or changed (deactivated, roles changed, password
 * reset), at that session's next request — costing a page no statement. Sessions in the database (the {@code postgres}
 * profile, shared by every instance) are deleted by the account's username. Sessions in this instance's memory cannot be
 * listed, so each remembers when it signed in, and a session that signed in before its account's sessions ended is
 * ended by {@link EndedSessionFilter}.
 */
@Component
public class SignedInSessions {

    /** Session attribute: when the session signed in. */
    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    /** Request attribute: when the sign-in under way read the account. */
    private static final String ACCOUNT_READ_AT = SignedInSessions.class.getName() + ".accountReadAt";

    private static final Logger log = LoggerFactory.getLogger("app.scorecard.security");

    private final Map<String, Instant> endedAt = new ConcurrentHashMap<>();
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> storedSessions;
    private final Clock clock;

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> storedSessions, Clock clock) {
        this.storedSessions = storedSessions;
        this.clock = clock;
    }

    /** After the change that asks for it is committed: a sign-in that read the account before it ends too. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(SignInsEnded ended) {
        endAll(ended.username());
    }

    void endAll(String username) {
        endedAt.put(username, clock.instant());
        log.info("Ended the sessions of '{}' ({} stored)", username, deleteStored(username));
    }

    /**
     * Ends the account's sessions that signed in before that moment — not the sign-in under way, which read the account
     * at that moment ({@link #accountReadNow}) and is not stored yet.
     */
    void endEarlierThan(String username, Instant moment) {
        endedAt.merge(username, moment.minusNanos(1), (before, now) -> before.isAfter(now) ? before : now);
        log.info("Ended the earlier sessions of '{}' ({} stored)", username, deleteStored(username));
    }

    /** Sessions in the database (shared by every instance), found by the account's username. */
    private int deleteStored(String username) {
        FindByIndexNameSessionRepository<? extends Session> stored = storedSessions.getIfAvailable();
        int deleted = 0;
        if (stored != null) {
            for (String id : stored.findByPrincipalName(username).keySet()) {
                stored.deleteById(id);
                deleted++;
            }
        }
        return deleted;
    }

    /** Whether a session of this account that signed in at that moment has been ended since. */
    boolean hasEnded(String username, Instant signedInAt) {
        Instant ended = endedAt.get(username);
        return ended != null && !signedInAt.isAfter(ended);
    }

    /**
     * Notes, on the request signing in, the moment it reads the account. The session is stamped with it, not with the
     * moment the sign-in ends: a deactivation or reset committed in between (while the password is being checked)
     * must end that session too.
     *
     * @return that moment
     */
    Instant accountReadNow() {
        Instant now = clock.instant();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().setAttribute(ACCOUNT_READ_AT, now);
        }
        return now;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            if (session != null) {
                Object read = request.getAttribute(ACCOUNT_READ_AT);
                session.setAttribute(SIGNED_IN_AT, read instanceof Instant at ? at : clock.instant());
            }
        }
    }

    /** The sessions of this account end once the change is committed. */
    public record SignInsEnded(String username) {}
}
