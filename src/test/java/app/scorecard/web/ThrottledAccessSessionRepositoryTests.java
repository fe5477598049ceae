package app.scorecard.web;

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

    private static final Instant SIGN_IN = Instant.parse("2026-11-26T09:00:00Z");

    private final MapSessionRepository stored = new MapSessionRepository(new HashMap<>());
    private final ThrottledAccessSessionRepository<MapSession> sessions =
            new ThrottledAccessSessionRepository<>(stored, Duration.ofMinutes(1));

    @Test
    void recordsTheAccessTimeOnlyOnceItIsAMinuteBehind() {
        String id = signIn();

        assertThat(accessAt(id, SIGN_IN.plusSeconds(30))).isEqualTo(SIGN_IN);
        assertThat(accessAt(id, SIGN_IN.plusSeconds(59))).isEqualTo(SIGN_IN);
        assertThat(accessAt(id, SIGN_IN.plusSeconds(60))).isEqualTo(SIGN_IN.plusSeconds(60));
        assertThat(accessAt(id, SIGN_IN.plusSeconds(100))).isEqualTo(SIGN_IN.plusSeconds(60));
        assertThat(accessAt(id, SIGN_IN.plusSeconds(125))).isEqualTo(SIGN_IN.plusSeconds(125));
    }

    @Test
    void storesAttributesNewIdsAndSignOutsAtOnce() {
        String id = signIn();

        Session session = sessions.findById(id);
        session.setLastAccessedTime(SIGN_IN.plusSeconds(5));
        session.setAttribute("notice", "saved");
        String newId = session.changeSessionId();
        sessions.save((ThrottledAccessSessionRepository.ThrottledSession<MapSession>) session);

        assertThat(stored.findById(id)).isNull();
        assertThat(stored.findById(newId).<String>getAttribute("notice")).isEqualTo("saved");
        assertThat(stored.findById(newId).getLastAccessedTime()).isEqualTo(SIGN_IN);

        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }

    @Test
    void endsASessionAtMostAMinuteEarlyNeverLate() {
        String id = signIn();
        accessAt(id, SIGN_IN.plusSeconds(59)); // not recorded
        MapSession last = stored.findById(id);

        assertThat(last.getLastAccessedTime().plus(last.getMaxInactiveInterval()))
                .isBetween(
                        SIGN_IN.plusSeconds(59)
                                .plus(last.getMaxInactiveInterval())
                                .minusSeconds(60),
                        SIGN_IN.plusSeconds(59).plus(last.getMaxInactiveInterval()));
    }

    private String signIn() {
        ThrottledAccessSessionRepository.ThrottledSession<MapSession> session = sessions.createSession();
        session.setLastAccessedTime(SIGN_IN);
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
