package app.scorecard.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * How accounts sign in and stay signed in. A locked username ({@link SignInThrottle}) is refused before its password
 * is checked; a deactivated account, and one whose password is a temporary one, only after — so neither answers sooner
 * than a wrong password would, and only someone who knows the temporary password learns it must be changed. Every
 * filter chain ends sessions that an admin ended ({@link EndedSessionFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    AuthenticationProvider accountAuthenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        // Spring Security 7 would compare the password of a locked account anyway: a lock answers at once instead, so
        // guessing cannot spend the server's time on hashes, and a locked unknown username answers as fast
        // (AccountUserDetailsService): the speed tells only that the sign-in is locked, never whether the account
        // exists.
        provider.setAlwaysPerformAdditionalChecksOnUser(false);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("The account is locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("The account is deactivated");
            }
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("The password must be changed");
            }
        });
        return provider;
    }

    @Bean
    Customizer<HttpSecurity> endedSessions(SignedInSessions sessions) {
        return http -> http.addFilterBefore(new EndedSessionFilter(sessions), AnonymousAuthenticationFilter.class);
    }
}
