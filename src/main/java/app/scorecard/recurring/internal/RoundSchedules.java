package app.scorecard.recurring.internal;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.MailedInvitations;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetSummary;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up, listing, pausing, resuming and deleting the schedules of recurring rounds. A team's managers keep its
 * schedules; admins those of every team, and set one up for several teams at once. Running them is
 * {@link ScheduledRounds}' job.
 */
@Service
@Transactional(readOnly = true)
public class RoundSchedules {

    private final RoundScheduleRepository schedules;
    private final ScheduleRules rules;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final MailedInvitations mailedInvitations;
    private final Clock clock;

    RoundSchedules(
            RoundScheduleRepository schedules,
            ScheduleRules rules,
            TeamService teams,
            QuestionBank questionBank,
            MailedInvitations mailedInvitations,
            Clock clock) {
        this.schedules = schedules;
        this.rules = rules;
        this.teams = teams;
        this.questionBank = questionBank;
        this.mailedInvitations = mailedInvitations;
        this.clock = clock;
    }

    /**
     * The team, if the person may keep its schedules: an admin, or a manager of it.
     *
     * @throws TeamNotFoundException when the team does not exist, or the person is neither an admin nor in it
     * @throws AccessDeniedException when they are in it but do not manage it
     */
    public TeamView managedTeam(long teamId, Viewer viewer) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        if (!viewer.admin() && !team.isManagedBy(viewer.accountId())) {
            throw new AccessDeniedException("Only the team's managers and admins keep its schedules");
        }
        return team;
    }

    /** A team's schedules, oldest first. */
    public List<ScheduleView> ofTeam(long teamId, Viewer viewer) {
        TeamView team = managedTeam(teamId, viewer);
        return views(schedules.findByTeamIdOrderByCreatedAtAscIdAsc(teamId), Map.of(teamId, team));
    }

    /** Every team's schedules, for admins. */
    public List<ScheduleView> all(Viewer viewer) {
        requireAdmin(viewer);
        List<RoundSchedule> all = schedules.findAllByOrderByTeamIdAscCreatedAtAscIdAsc();
        return views(
                all, teams.findAll(all.stream().map(RoundSchedule::getTeamId).collect(Collectors.toSet())));
    }

    /**
     * Sets up a schedule for a team the person keeps the schedules of; its first run is at its first opening.
     *
     * @throws InvalidScheduleException naming every problem; nothing is stored
     */
    @Transactional
    public ScheduleView create(long teamId, Viewer viewer, NewSchedule schedule) {
        TeamView team = managedTeam(teamId, viewer);
        RoundSchedule saved =
                schedules.save(rules.checked(schedule, viewer.accountId()).apply(team.id()));
        return views(List.of(saved), Map.of(team.id(), team)).get(0);
    }

    /**
     * Sets up the same schedule for each of these teams, in one go: all or none. For admins; no invitees (each team's
     * people differ), so its rounds reach the members with an account, and any team's managers may add a schedule of
     * their own with addresses.
     *
     * @throws InvalidScheduleException naming every problem, "teams" when none is chosen or one does not exist
     */
    @Transactional
    public List<ScheduleView> createForTeams(Collection<Long> teamIds, Viewer viewer, NewSchedule schedule) {
        requireAdmin(viewer);
        Set<Long> ids = new LinkedHashSet<>(teamIds);
        Map<Long, TeamView> found = teams.findAll(ids);
        List<InvalidScheduleException.Problem> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add(InvalidScheduleException.Problem.of("teams", "recurring.problem.teamsRequired"));
        } else if (!found.keySet().containsAll(ids)) {
            problems.add(InvalidScheduleException.Problem.of("teams", "recurring.problem.teamUnknown"));
        }
        Function<Long, RoundSchedule> make;
        try {
            make = rules.checked(
                    new NewSchedule(
                            schedule.questionSetKey(),
                            schedule.frequency(),
                            schedule.firstOpensOn(),
                            schedule.openDays(),
                            schedule.asksTargets(),
                            ""),
                    viewer.accountId());
        } catch (InvalidScheduleException e) {
            problems.addAll(0, e.problems());
            throw new InvalidScheduleException(problems, List.of());
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(problems, List.of());
        }
        List<RoundSchedule> saved = ids.stream().map(make).map(schedules::save).toList();
        return views(saved, found);
    }

    /** Opens nothing until resumed; rounds it opened already stay as they are. */
    @Transactional
    public void pause(long teamId, long scheduleId, Viewer viewer) {
        find(teamId, scheduleId, viewer).pause();
    }

    /** Runs again from its next opening date (a period that began meanwhile is skipped), as the person resuming it. */
    @Transactional
    public void resume(long teamId, long scheduleId, Viewer viewer) {
        find(teamId, scheduleId, viewer).resume(viewer.accountId(), clock.instant());
    }

    /** Deletes the schedule; rounds it opened already stay as they are. */
    @Transactional
    public ScheduleView delete(long teamId, long scheduleId, Viewer viewer) {
        ScheduleView view = schedule(teamId, scheduleId, viewer);
        schedules.delete(find(teamId, scheduleId, viewer));
        return view;
    }

    /** One schedule of a team the person keeps the schedules of. */
    public ScheduleView schedule(long teamId, long scheduleId, Viewer viewer) {
        TeamView team = managedTeam(teamId, viewer);
        return views(List.of(find(team, scheduleId)), Map.of(teamId, team)).get(0);
    }

    /** Whether invitations can be mailed at all (a mail server is set up). */
    public boolean mailAvailable() {
        return mailedInvitations.available();
    }

    private RoundSchedule find(long teamId, long scheduleId, Viewer viewer) {
        return find(managedTeam(teamId, viewer), scheduleId);
    }

    private RoundSchedule find(TeamView team, long scheduleId) {
        return schedules
                .findById(scheduleId)
                .filter(schedule -> schedule.getTeamId() == team.id())
                .orElseThrow(() -> new ScheduleNotFoundException(scheduleId));
    }

    private List<ScheduleView> views(List<RoundSchedule> list, Map<Long, TeamView> teamsById) {
        Map<String, String> titles = questionBank.releasedSets().stream()
                .collect(Collectors.toMap(QuestionSetSummary::key, QuestionSetSummary::title));
        return list.stream()
                .map(schedule -> new ScheduleView(
                        schedule.getId(),
                        schedule.getTeamId(),
                        teamsById.containsKey(schedule.getTeamId())
                                ? teamsById.get(schedule.getTeamId()).name()
                                : "",
                        schedule.getQuestionSetKey(),
                        titles.getOrDefault(schedule.getQuestionSetKey(), schedule.getQuestionSetKey()),
                        schedule.getFrequency(),
                        schedule.getFirstOpensOn(),
                        schedule.getOpenDays(),
                        schedule.asksTargets(),
                        (int) schedule.getInvitees()
                                .lines()
                                .filter(line -> !line.isBlank())
                                .count(),
                        schedule.isPaused(),
                        schedule.getNextRunAt(),
                        schedule.getLastRunAt(),
                        schedule.getLastRoundId(),
                        schedule.getLastRoundLabel(),
                        schedule.getLastProblem()))
                .toList();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Only admins see every team's schedules");
        }
    }
}
