package app.scorecard.team.internal;

import app.scorecard.team.TeamRole;
import app.scorecard.team.TeamView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    private List<TeamMember> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "counts_manager_held_links", nullable = false)
    private boolean countsManagerHeldLinks;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Team() {}

    public Team(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    /** Gives the person this role in the team, replacing any other role they had in it. */
    public void place(long accountId, TeamRole role) {
        members.removeIf(member -> member.accountId() == accountId);
        members.add(new TeamMember(accountId, role));
    }

    /**
     * Whether answers through links the team's managers copy or download count in its team rounds' results (a round
     * keeps what this said when it started). Off unless an admin turns it on: a manager holding the links could answer
     * them in other people's place.
     */
    public void countManagerHeldLinks(boolean count) {
        this.countsManagerHeldLinks = count;
    }

    public void remove(long accountId) {
        members.removeIf(member -> member.accountId() == accountId);
    }

    public TeamView toView() {
        Map<Long, TeamRole> roles = new LinkedHashMap<>();
        members.forEach(member -> roles.put(member.accountId(), member.role()));
        return new TeamView(id, name, roles, countsManagerHeldLinks);
    }
}
