package app.scorecard.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import app.scorecard.account.AccountService;
import app.scorecard.account.Role;
import app.scorecard.support.ScorecardIntegrationTest;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A locked sign-in answers without computing a password hash, for an account and for a username no account has alike:
 * timing is told by counting the hashes (a counting encoder around the real one), not by a stopwatch.
 */
@ScorecardIntegrationTest
class LockedSignInTests {

    @Autowired
    AccountUserDetailsService details;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountService accounts;

    private final AtomicInteger hashes = new AtomicInteger();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void computesNoHashForALockedAccountNorForALockedUnknownUsername() {
        accounts.create("hash-target", "Hash Target", "the right password", Set.of(Role.MEMBER));
        AuthenticationProvider provider = provider();
        from("192.0.2.40");
        assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> provider.authenticate(attempt("hash-target", "wrong")));
        assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> provider.authenticate(attempt("hash-nobody", "wrong")));
        // a wrong password, and the stand-in comparison for an unknown name (its stand-in hash made once, at first use)
        assertThat(hashes.get()).isBetween(2, 3);

        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("hash-target", "192.0.2.40");
            throttle.recordFailure("hash-nobody", "192.0.2.40");
        }
        hashes.set(0);

        assertThatExceptionOfType(LockedException.class)
                .isThrownBy(() -> provider.authenticate(attempt("hash-target", "the right password")));
        assertThatExceptionOfType(LockedException.class)
                .isThrownBy(() -> provider.authenticate(attempt("hash-nobody", "wrong")));
        assertThat(hashes.get()).isZero();
    }

    private AuthenticationProvider provider() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashes.incrementAndGet();
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        return new SignInConfiguration().accountAuthenticationProvider(details, counting);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
