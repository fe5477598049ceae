package app.scorecard.team;

import java.util.Map;

/**
 * A team as other modules see it: its members' account ids with their role in the team, and whether an admin lets
 * answers through links its managers hand out count in its team rounds' results.
 */
public record TeamView(long id, String name, Map<Long, TeamRole> members, boolean countsManagerHeldLinks) {

    public TeamView {
        members = Map.copyOf(members);
    }

    public boolean isManagedBy(long accountId) {
        return members.get(accountId) == TeamRole.MANAGER;
    }

    public boolean hasMember(long accountId) {
        return members.containsKey(accountId);
    }
}
