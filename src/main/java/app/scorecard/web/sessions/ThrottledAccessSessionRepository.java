package app.scorecard.web.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions kept in the database, with their last access written at most once per {@code granularity}. Spring Session
 * marks every request's access on the session, which makes each signed-in page an UPDATE and a commit on top of
 * reading the session. A session ends after 30 minutes without a request; knowing its last request to the minute is
 * enough: a session may end up to a minute early, never late. Everything else — new sessions, attributes, a new id on
 * sign-in, sign-out — is written exactly as before.
 */
final class ThrottledAccessSessionRepository<S extends Session>
        implements SessionRepository<ThrottledAccessSessionRepository.ThrottledSession<S>> {

    private final SessionRepository<S> sessions;
    private final Duration granularity;

    ThrottledAccessSessionRepository(SessionRepository<S> sessions, Duration granularity) {
        this.sessions = sessions;
        this.granularity = granularity;
    }

    @Override
    public ThrottledSession<S> createSession() {
        return new ThrottledSession<>(sessions.createSession(), Duration.ZERO);
    }

    @Override
    public void save(ThrottledSession<S> session) {
        sessions.save(session.session);
    }

    @Override
    public @Nullable ThrottledSession<S> findById(String id) {
        S session = sessions.findById(id);
        return session == null ? null : new ThrottledSession<>(session, granularity);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    /** A stored session whose access time moves only once it is {@code granularity} behind. */
    static final class ThrottledSession<S extends Session> implements Session {

        private final S session;
        private final Duration granularity;

        ThrottledSession(S session, Duration granularity) {
            this.session = session;
            this.granularity = granularity;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(granularity)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, @Nullable Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
