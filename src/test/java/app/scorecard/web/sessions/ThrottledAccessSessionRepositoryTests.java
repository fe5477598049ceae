package app.scorecard.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** The access time of a stored session moves once a minute; everything else is stored as it happens. */
class ThrottledAccessSessionRepositoryTests {

    /**
     * The sign-in, a minute after the session is made: a new session's access time moves only forward, and the stored
     * sessions expire by the real clock, so the times follow it rather than a fixed date.
     */
    private final Instant signedInAt = Instant.now().plus(Duration.ofMinutes(1));

    private final MapSessionRepository stored = new MapSessionRepository(new HashMap<>());
    private final ThrottledAccessSessionRepository<MapSession> sessions =
            new ThrottledAccessSessionRepository<>(stored, Duration.ofMinutes(1));

    @Test
    void recordsTheAccessTimeOnlyOnceItIsAMinuteBehind() {
        String id = signIn();

        assertThat(accessAt(id, signedInAt.plusSeconds(30))).isEqualTo(signedInAt);
        assertThat(accessAt(id, signedInAt.plusSeconds(59))).isEqualTo(signedInAt);
        assertThat(accessAt(id, signedInAt.plusSeconds(60))).isEqualTo(signedInAt.plusSeconds(60));
        assertThat(accessAt(id, signedInAt.plusSeconds(100))).isEqualTo(signedInAt.plusSeconds(60));
        assertThat(accessAt(id, signedInAt.plusSeconds(125))).isEqualTo(signedInAt.plusSeconds(125));
    }

    @Test
    void storesAttributesNewIdsAndSignOutsAtOnce() {
        String id = signIn();

        Session session = sessions.findById(id);
        session.setLastAccessedTime(signedInAt.plusSeconds(5));
        session.setAttribute("notice", "saved");
        String newId = session.changeSessionId();
        sessions.save((ThrottledAccessSessionRepository.ThrottledSession<MapSession>) session);

        assertThat(stored.findById(id)).isNull();
        assertThat(stored.findById(newId).<String>getAttribute("notice")).isEqualTo("saved");
        assertThat(stored.findById(newId).getLastAccessedTime()).isEqualTo(signedInAt);

        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }

    @Test
    void endsASessionAtMostAMinuteEarlyNeverLate() {
        String id = signIn();
        accessAt(id, signedInAt.plusSeconds(59)); // not recorded
        MapSession last = stored.findById(id);

        assertThat(last.getLastAccessedTime().plus(last.getMaxInactiveInterval()))
                .isBetween(
                        signedInAt
                                .plusSeconds(59)
                                .plus(last.getMaxInactiveInterval())
                                .minusSeconds(60),
                        signedInAt.plusSeconds(59).plus(last.getMaxInactiveInterval()));
    }

    private String signIn() {
        ThrottledAccessSessionRepository.ThrottledSession<MapSession> session = sessions.createSession();
        session.setLastAccessedTime(signedInAt);
        sessions.save(session);
        return session.getId();
    }

    /** One request at {@code time}, as the session filter makes it; answers the access time stored afterwards. */
    private Instant accessAt(String id, Instant time) {
        ThrottledAccessSessionRepository.ThrottledSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(time);
        sessions.save(session);
        return stored.findById(id).getLastAccessedTime();
    }
}
