package app.scorecard.team;

import app.scorecard.account.AccountService;
import app.scorecard.team.internal.InvalidTeamException;
import app.scorecard.team.internal.Team;
import app.scorecard.team.internal.TeamRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams and places people in them. */
@Service
@Transactional(readOnly = true)
public class TeamService {

    public static final int NAME_MAX_LENGTH = 100;

    private final TeamRepository teams;
    private final AccountService accounts;
    private final Clock clock;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    TeamService(TeamRepository teams, AccountService accounts, Clock clock) {
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws InvalidTeamException when the name is blank, too long or taken */
    @Transactional
    public TeamView create(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX_LENGTH) {
            throw new InvalidTeamException(
                    "team.problem.nameLength",
                    "A team's name is 1 to " + NAME_MAX_LENGTH + " characters.",
                    NAME_MAX_LENGTH);
        }
        if (teams.existsByNameIgnoreCase(stripped)) {
            throw new InvalidTeamException(
                    "team.problem.nameTaken", "There is already a team called '" + stripped + "'.", stripped);
        }
        try {
            return teams.saveAndFlush(new Team(stripped, clock.instant())).toView();
        } catch (DataIntegrityViolationException e) {
            throw new InvalidTeamException(
                    "team.problem.nameTaken", "There is already a team called '" + stripped + "'.", stripped);
        }
    }

    /**
     * Places a person in a team with the given role, replacing any role they had there.
     *
     * @throws TeamNotFoundException when the team does not exist
     * @throws InvalidTeamException when the account does not exist
     */
    @Transactional
    public TeamView place(long teamId, long accountId, TeamRole role) {
        Team team = teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
        if (accounts.findById(accountId).isEmpty()) {
            throw new InvalidTeamException(
                    "team.problem.noAccount",
                    "There is no account with id " + accountId + ".",
                    String.valueOf(accountId));
        }
        team.place(accountId, role);
        return team.toView();
    }

    /**
     * Lets answers through links the team's managers hand out count in its team rounds' results, or stops them
     * counting, for rounds started from now on: a round keeps what it started with.
     *
     * @throws TeamNotFoundException when the team does not exist
     */
    @Transactional
    public TeamView countManagerHeldLinks(long teamId, boolean count) {
        Team team = teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
        team.countManagerHeldLinks(count);
        return team.toView();
    }

    /** Takes a person out of a team; nothing happens if they were not in it. */
    @Transactional
    public TeamView remove(long teamId, long accountId) {
        Team team = teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
        team.remove(accountId);
        return team.toView();
    }

    /** Every team, by name. */
    public List<TeamView> all() {
        return teams.findAllByOrderByName().stream().map(Team::toView).toList();
    }

    /** Every team's name by its id, in the order of the names: one statement, without the teams' members. */
    public Map<Long, String> names() {
        Map<Long, String> byId = new LinkedHashMap<>();
        for (Object[] row : teams.findAllIdsAndNames()) {
            byId.put((Long) row[0], (String) row[1]);
        }
        return byId;
    }

    /** The teams with these ids, by id, in one query. */
    public Map<Long, TeamView> findAll(Collection<Long> teamIds) {
        return teams.findAllById(teamIds).stream()
                .map(Team::toView)
                .collect(Collectors.toMap(TeamView::id, Function.identity()));
    }

    public Optional<TeamView> find(long teamId) {
        return teams.findWithMembersById(teamId).map(Team::toView);
    }

    /**
     * A team's name alone: what a page about one of its rounds shows. A team's name never changes (teams are not
     * renamed), so it is read once per instance and then known: a questionnaire view no longer asks the database.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> name(long teamId) {
        String known = names.get(teamId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> name = teams.findNameById(teamId);
        name.ifPresent(found -> names.put(teamId, found));
        return name;
    }

    /** The teams a person belongs to in any role, by name. */
    public List<TeamView> teamsOf(long accountId) {
        return teams.findAllWithMember(accountId).stream().map(Team::toView).toList();
    }
}
