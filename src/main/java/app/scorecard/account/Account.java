package app.scorecard.account;

import java.util.Set;

/** A person who can sign in, as other modules see them: never with a password hash. */
public record Account(long id, String username, String displayName, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
