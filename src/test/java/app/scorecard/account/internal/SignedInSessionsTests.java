package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A session is stamped with the moment its sign-in read the account, so a change made meanwhile ends it too. */
class SignedInSessionsTests {

    private final SignInThrottleTests.MutableClock clock =
            new SignInThrottleTests.MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final SignedInSessions sessions = new SignedInSessions(noStoredSessions(), clock);

    /** Sessions in this instance's memory, as by default: none stored in a database. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> noStoredSessions() {
        return (ObjectProvider) new StaticListableBeanFactory().getBeanProvider(FindByIndexNameSessionRepository.class);
    }

    @AfterEach
    void unbind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aDeactivationWhileThePasswordIsCheckedEndsTheSessionThatSignInStarts() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        sessions.accountReadNow(); // 09:00:00, the account is still active
        clock.advance(Duration.ofMillis(300));
        sessions.endAll("maya"); // 09:00:00.3, an admin deactivates it
        clock.advance(Duration.ofMillis(300));
        request.getSession(true);
        sessions.signedIn(new InteractiveAuthenticationSuccessEvent(
                new TestingAuthenticationToken("maya", "secret"), getClass())); // 09:00:00.6, the password matched

        Instant stamped = (Instant) request.getSession().getAttribute(SignedInSessions.SIGNED_IN_AT);
        assertThat(stamped).isEqualTo(Instant.parse("2026-12-06T09:00:00Z"));
        assertThat(sessions.hasEnded("maya", stamped)).isTrue();
    }

    @Test
    void aSignInAfterTheChangeKeepsItsSession() {
        sessions.endAll("maya");
        clock.advance(Duration.ofSeconds(1));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        sessions.accountReadNow();
        request.getSession(true);
        sessions.signedIn(new InteractiveAuthenticationSuccessEvent(
                new TestingAuthenticationToken("maya", "secret"), getClass()));

        Instant stamped = (Instant) request.getSession().getAttribute(SignedInSessions.SIGNED_IN_AT);
        assertThat(sessions.hasEnded("maya", stamped)).isFalse();
    }
}
