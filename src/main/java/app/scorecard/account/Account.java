package app.scorecard.account;

import java.util.Set;

/**
 * A person who can sign in, as other modules see them: never with a password hash. A deactivated account ({@code active}
 * false) cannot sign in, and keeps its place in teams and everything it answered.
 */
public record Account(long id, String username, String displayName, Set<Role> roles, boolean active) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
