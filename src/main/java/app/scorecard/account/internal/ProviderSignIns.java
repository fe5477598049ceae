package app.scorecard.account.internal;

import app.scorecard.account.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the account of a person the provider signed in: the account linked to them; else the account with their
 * email, linked now, but only if the provider says the email is verified; else a new account, with the role the
 * configured claim gives (a member by default), in no team, and a password hash no password matches. An unverified
 * email links nothing and is not stored: that person gets an account of their own. Deactivated accounts are returned
 * as they are — refusing them is the caller's business.
 *
 * <p>Where values of the role claim are configured (admin or manager values), the provider decides roles: an existing
 * account takes the role the claim gives at every sign-in whose token carries the claim — but the last active admin
 * is never made something else (the organisation would have no admin left; the log says so).
 */
class ProviderSignIns {

    private static final Logger audit = LoggerFactory.getLogger("app.scorecard.security");

    /** @param rolesChanged whether this sign-in gave an existing account another role */
    record ProviderSignIn(UserAccount account, boolean rolesChanged) {}

    /** Not a BCrypt hash: the encoder answers "no match" to every password, so only the provider signs this account in. */
    static final String NO_LOCAL_PASSWORD = "{bcrypt}single-sign-on-only";

    private final UserAccountRepository accounts;
    private final SingleSignOnProperties properties;
    private final Clock clock;

    ProviderSignIns(UserAccountRepository accounts, SingleSignOnProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Call within a transaction. Two first sign-ins of one person at once can both miss the account and both make one:
     * the second to commit fails on the unique identity (or username) and is to be tried again, then finding the first
     * one's account.
     */
    ProviderSignIn accountOf(OidcUser person) {
        String issuer = person.getIssuer().toString();
        String subject = person.getSubject();
        Optional<UserAccount> linked = accounts.findBySsoIssuerAndSsoSubject(issuer, subject);
        if (linked.isPresent()) {
            return followTheRoleClaim(linked.get(), person);
        }
        String email = verifiedEmail(person);
        if (email != null) {
            Optional<UserAccount> same = accounts.findByEmail(email);
            if (same.isPresent()) {
                if (same.get().isLinked()) {
                    throw refused("The account with this email is linked to someone else at the provider");
                }
                same.get().linkIdentity(issuer, subject);
                return followTheRoleClaim(same.get(), person);
            }
        }
        UserAccount created = new UserAccount(
                freeUsername(person), displayName(person), NO_LOCAL_PASSWORD, Set.of(roleOf(person)), clock.instant());
        created.useEmail(email);
        created.linkIdentity(issuer, subject);
        return new ProviderSignIn(accounts.saveAndFlush(created), false);
    }

    private ProviderSignIn followTheRoleClaim(UserAccount account, OidcUser person) {
        boolean providerDecides = !(properties.adminValues().isEmpty()
                && properties.managerValues().isEmpty());
        if (!providerDecides || !person.getClaims().containsKey(properties.roleClaim())) {
            return new ProviderSignIn(account, false);
        }
        Set<Role> roles = Set.of(roleOf(person));
        if (account.getRoles().equals(roles)) {
            return new ProviderSignIn(account, false);
        }
        if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && isTheLastActiveAdmin(account)) {
            audit.warn(
                    "'{}' stays an admin although the provider's claim '{}' no longer makes them one: no other active"
                            + " admin is left",
                    account.getUsername(),
                    properties.roleClaim());
            return new ProviderSignIn(account, false);
        }
        Set<Role> before = account.getRoles();
        account.assignRoles(roles);
        audit.info(
                "'{}' signed in through the provider with roles {} in place of {}",
                account.getUsername(),
                roles,
                before);
        return new ProviderSignIn(account, true);
    }

    /** With every active admin's row locked, so that two admins demoted at once cannot both go. */
    private boolean isTheLastActiveAdmin(UserAccount account) {
        List<Long> ids = accounts.findActiveIdsWithRole(Role.ADMIN);
        return ids.isEmpty()
                || accounts.lockAll(ids).stream()
                        .noneMatch(admin -> !admin.getId().equals(account.getId()) && admin.isEnabled());
    }

    private static String verifiedEmail(OidcUser person) {
        return Boolean.TRUE.equals(person.getEmailVerified()) ? AccountRules.normalizeEmail(person.getEmail()) : null;
    }

    Role roleOf(OidcUser person) {
        Object claim = person.getClaims().get(properties.roleClaim());
        Collection<?> values = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        if (values.stream().map(String::valueOf).anyMatch(properties.adminValues()::contains)) {
            return Role.ADMIN;
        }
        if (values.stream().map(String::valueOf).anyMatch(properties.managerValues()::contains)) {
            return Role.MANAGER;
        }
        return Role.MEMBER;
    }

    /** The provider's username for the person, or the email, made to fit the rules and not taken. */
    private String freeUsername(OidcUser person) {
        String wanted = firstOf(person.getPreferredUsername(), person.getEmail(), "user-" + person.getSubject());
        String base = AccountRules.normalizeUsername(wanted).replaceAll("[^a-z0-9._@-]", "-");
        base = base.replaceFirst("^[^a-z0-9]+", "");
        if (base.length() > AccountRules.USERNAME_MAX_LENGTH - 6) {
            base = base.substring(0, AccountRules.USERNAME_MAX_LENGTH - 6);
        }
        if (base.length() < AccountRules.USERNAME_MIN_LENGTH) {
            base = "user-" + base;
        }
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String displayName(OidcUser person) {
        String name = firstOf(person.getFullName(), person.getPreferredUsername(), person.getSubject())
                .strip();
        return name.length() > AccountRules.DISPLAY_NAME_MAX_LENGTH
                ? name.substring(0, AccountRules.DISPLAY_NAME_MAX_LENGTH)
                : name;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalArgumentException("No value");
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("account_not_linkable", why, null));
    }
}
