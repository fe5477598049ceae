package app.scorecard.account;

import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The person behind a request: their account id and name travel with the session, so pages need no extra query. */
public class SignedInUser extends User {

    /** As before the language was added: sessions stored then still read, with no language chosen. */
    private static final long serialVersionUID = 1634238233524640272L;

    /**
     * The authority of a leader: a person an admin named to see the organisation's pooled numbers. Not a {@link Role}:
     * it sits beside the roles, and single sign-on, which may decide the roles, leaves it alone.
     */
    public static final String LEADER = "ROLE_LEADER";

    private final long accountId;
    private final String displayName;

    /** The tag of the language the person chose for the pages ({@link Language#tag()}); {@code null} for none. */
    private final @Nullable String language;

    public SignedInUser(
            long accountId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            boolean locked,
            Collection<? extends GrantedAuthority> authorities) {
        this(accountId, username, displayName, passwordHash, enabled, locked, false, authorities);
    }

    /**
     * @param mustChangePassword the password is a temporary one an admin handed out: it is accepted only to choose a
     *     new one (Spring Security sees expired credentials), never to sign in
     */
    public SignedInUser(
            long accountId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            Collection<? extends GrantedAuthority> authorities) {
        this(accountId, username, displayName, passwordHash, enabled, locked, mustChangePassword, null, authorities);
    }

    /** @param language the language the person chose for the pages, if any */
    public SignedInUser(
            long accountId,
            String username,
            String displayName,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            @Nullable Language language,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, !mustChangePassword, !locked, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.language = language == null ? null : language.tag();
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The language the person chose for the pages; none means their browser's. */
    public Optional<Language> language() {
        return Language.ofTag(language);
    }

    /**
     * The same person with another language: what the session keeps once they choose one, so that no page has to read
     * it from the database. The password is left out; the session never needs it.
     */
    public SignedInUser withLanguage(Language chosen) {
        return new SignedInUser(
                accountId,
                getUsername(),
                displayName,
                "",
                isEnabled(),
                !isAccountNonLocked(),
                !isCredentialsNonExpired(),
                chosen,
                getAuthorities());
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isLeader() {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(LEADER));
    }

    /** Admins and leaders see the organisation's numbers. */
    public boolean seesTheOrganisation() {
        return isAdmin() || isLeader();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && super.equals(user) && accountId == user.accountId;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
