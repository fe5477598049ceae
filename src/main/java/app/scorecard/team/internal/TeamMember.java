package app.scorecard.team.internal;

import app.scorecard.team.TeamRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person's place in a team, by account id. */
@Embeddable
public class TeamMember {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole role;

    protected TeamMember() {}

    TeamMember(long accountId, TeamRole role) {
        this.accountId = accountId;
        this.role = role;
    }

    long accountId() {
        return accountId;
    }

    TeamRole role() {
        return role;
    }
}
