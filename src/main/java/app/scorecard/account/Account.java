package app.scorecard.account;

import java.util.Set;

/**
 * A person who can sign in, as other modules see them: never with a password hash. A deactivated account ({@code active}
 * false) cannot sign in, and keeps its place in teams and everything it answered. A {@code leader} sees the
 * organisation's pooled numbers, whatever their roles.
 */
public record Account(long id, String username, String displayName, Set<Role> roles, boolean active, boolean leader) {

    public Account {
        roles = Set.copyOf(roles);
    }

    /** An account that is no leader. */
    public Account(long id, String username, String displayName, Set<Role> roles, boolean active) {
        this(id, username, displayName, roles, active, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
