package app.scorecard.assessment;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundClosedException;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.results.RespondentKind;
import app.scorecard.results.RoundMode;
import app.scorecard.results.RoundResults;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, listing, answering and closing the rounds of a team. */
@Service
public class Rounds {

    public static final int LABEL_MAX_LENGTH = Round.LABEL_MAX_LENGTH;

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final RoundAccess access;
    private final RoundFinisher finisher;
    private final RoundResults results;
    private final Invitations invitations;
    private final Clock clock;

    Rounds(
            RoundRepository rounds,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            RoundAccess access,
            RoundFinisher finisher,
            RoundResults results,
            Invitations invitations,
            Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.access = access;
        this.finisher = finisher;
        this.results = results;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * The team, if the person manages it.
     *
     * @throws TeamNotFoundException when the team does not exist or the person is not in it
     * @throws AccessDeniedException when they are in it but do not manage it
     */
    @Transactional(readOnly = true)
    public TeamView managedTeam(long teamId, long managerId) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> candidate.hasMember(managerId))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        if (!team.isManagedBy(managerId)) {
            throw new AccessDeniedException("Only the team's managers start its rounds");
        }
        return team;
    }

    /**
     * Starts a round on the latest published version of a set. A self-assessment comes with the manager's draft.
     *
     * @param label how people will recognise it; blank gives the current quarter, e.g. "2026 Q4"
     * @param closesOn the last day it takes answers (UTC), or {@code null} to close it by hand
     * @throws app.scorecard.questionbank.QuestionSetNotFoundException when the set has no published version
     * @throws IllegalArgumentException when the label is too long or the closing date is in the past
     */
    @Transactional
    public StartedRound start(
            long managerId, long teamId, String setKey, String label, RoundMode mode, LocalDate closesOn) {
        return start(managerId, teamId, setKey, label, mode, closesOn, false);
    }

    /**
     * Starts a round as {@link #start(long, long, String, String, RoundMode, LocalDate)} does, asking for targets or
     * not.
     *
     * @param asksTargets whether each question is also asked for where the team wants to be in a year; fixed for good
     */
    @Transactional
    public StartedRound start(
            long managerId,
            long teamId,
            String setKey,
            String label,
            RoundMode mode,
            LocalDate closesOn,
            boolean asksTargets) {
        return open(managedTeam(teamId, managerId), managerId, setKey, label, mode, closesOn, asksTargets);
    }

    /**
     * Opens a team round as one opened by hand (see {@link #start}) on behalf of a person who may run the team's rounds
     * without being in the team: an admin. For rounds a schedule opens, as the person who set it up.
     *
     * @return the round's id
     * @throws TeamNotFoundException when the team does not exist
     * @throws AccessDeniedException when the person is neither an admin nor a manager of the team
     */
    @Transactional
    public long startTeamRound(
            Viewer runner, long teamId, String setKey, String label, LocalDate closesOn, boolean asksTargets) {
        TeamView team = teams.find(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
        if (!runner.admin() && !team.isManagedBy(runner.accountId())) {
            throw new AccessDeniedException("Only admins and the team's managers start its rounds");
        }
        return open(team, runner.accountId(), setKey, label, RoundMode.TEAM, closesOn, asksTargets)
                .roundId();
    }

    private StartedRound open(
            TeamView team,
            long managerId,
            String setKey,
            String label,
            RoundMode mode,
            LocalDate closesOn,
            boolean asksTargets) {
        QuestionSetDefinition version = questionBank.forNewRound(setKey);
        String name = label == null || label.isBlank() ? currentQuarter() : label.strip();
        if (name.length() > LABEL_MAX_LENGTH) {
            throw new IllegalArgumentException("A label is at most " + LABEL_MAX_LENGTH + " characters");
        }
        if (closesOn != null && closesOn.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            throw new IllegalArgumentException("The closing date is in the past");
        }
        if (mode == RoundMode.SELF) {
            Round round = rounds.save(Round.selfAssessment(
                    team.id(), version.versionId(), name, asksTargets, managerId, clock.instant()));
            Response draft = responses.save(Response.draftFor(round, managerId, clock.instant()));
            return new StartedRound(round.getId(), draft.getId());
        }
        Round round = rounds.save(Round.teamRound(
                team.id(),
                version.versionId(),
                name,
                closesOn,
                team.countsManagerHeldLinks(),
                asksTargets,
                managerId,
                clock.instant()));
        return new StartedRound(round.getId(), null);
    }

    /** A manager's self-assessment, started and ready to answer: the id of their draft. */
    @Transactional
    public long startSelfAssessment(long managerId, long teamId, String setKey, String label) {
        return start(managerId, teamId, setKey, label, RoundMode.SELF, null).responseId();
    }

    /**
     * The viewer's own response to an open team round: their draft, created on first use.
     *
     * @return the response id, to open as a questionnaire
     * @throws RoundClosedException when the round takes no more answers
     */
    @Transactional
    public long respond(long roundId, Viewer viewer) {
        var visible = access.visible(roundId, viewer);
        Round round = visible.round();
        if (round.getMode() != RoundMode.TEAM || !visible.team().hasMember(viewer.accountId())) {
            throw new RoundNotFoundException("round", roundId);
        }
        var existing = responses.findByRoundIdAndAccountId(roundId, viewer.accountId());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        if (!round.isOpenAt(clock.instant())) {
            throw new RoundClosedException();
        }
        // Two first clicks at the same moment: one insert wins, the other fails on the unique respondent and the
        // caller asks again, finding the winner's draft.
        return responses
                .saveAndFlush(Response.draftFor(round, viewer.accountId(), clock.instant()))
                .getId();
    }

    /** Ends the round: it takes no more answers, and a team round's results are recorded and can be read. */
    @Transactional
    public void close(long roundId, Viewer viewer) {
        Round round = access.managed(roundId, viewer).round();
        boolean closedNow = round.close(clock.instant());
        rounds.flush();
        finisher.finish(round);
        invitations.roundClosed(roundId);
        if (closedNow) {
            finisher.announceClosed(round);
        }
    }

    @Transactional(readOnly = true)
    public RoundSummary summary(long roundId, Viewer viewer) {
        var visible = access.visible(roundId, viewer);
        return summary(visible.round());
    }

    /** A round already checked as visible. */
    RoundSummary summary(Round round) {
        return summary(round, Translations.ENGLISH);
    }

    /** A round already checked as visible, its set's title in a reader's language. */
    RoundSummary summary(Round round, String language) {
        return summaries(List.of(round), language).get(0);
    }

    /**
     * A round the viewer runs.
     *
     * @throws RoundNotFoundException when the viewer may not see it
     * @throws AccessDeniedException when they see it but do not run it
     */
    @Transactional(readOnly = true)
    public RoundSummary managedSummary(long roundId, Viewer viewer) {
        return managedSummary(roundId, viewer, Locale.ENGLISH);
    }

    /**
     * A round the viewer runs, its set's title in the reader's language.
     *
     * @throws RoundNotFoundException when the viewer may not see it
     * @throws AccessDeniedException when they see it but do not run it
     */
    @Transactional(readOnly = true)
    public RoundSummary managedSummary(long roundId, Viewer viewer, Locale reader) {
        var managed = access.managed(roundId, viewer);
        return summary(managed.round(), Translations.languageOf(reader));
    }

    /** A team's rounds the viewer may see, newest first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> ofTeam(long teamId, Viewer viewer) {
        return ofTeam(teamId, viewer, Locale.ENGLISH);
    }

    /** A team's rounds the viewer may see, newest first, their sets' titles in the reader's language. */
    @Transactional(readOnly = true)
    public List<RoundSummary> ofTeam(long teamId, Viewer viewer, Locale reader) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        List<Round> visible = rounds.findByTeamIdOrderByCreatedAtDescIdDesc(teamId).stream()
                .filter(round -> manages || round.getMode() == RoundMode.TEAM)
                .toList();
        return summaries(visible, Translations.languageOf(reader));
    }

    /**
     * The rounds with how many answers each counts: a finished round's as recorded, an open one's so far under the
     * same rules (no manager's; manager-held links' only where the round counts them).
     */
    private List<RoundSummary> summaries(List<Round> list, String language) {
        List<Long> ids = list.stream().map(Round::getId).toList();
        Map<Long, Integer> recorded = results.respondents(ids);
        Map<Long, Round> byId = new HashMap<>();
        list.forEach(round -> byId.put(round.getId(), round));
        Map<Long, Long> counted = new HashMap<>();
        List<Long> unfinished =
                ids.stream().filter(id -> !recorded.containsKey(id)).toList();
        if (!unfinished.isEmpty()) {
            for (Object[] row : responses.countSubmittedByRoundAndKind(unfinished)) {
                Round round = byId.get((Long) row[0]);
                if (round.counts((RespondentKind) row[1])) {
                    counted.merge(round.getId(), (Long) row[2], Long::sum);
                }
            }
        }
        recorded.forEach((id, respondents) -> counted.put(id, respondents.longValue()));
        return list.stream()
                .map(round -> {
                    QuestionSetDefinition version = questionBank.definition(round.getVersionId());
                    return new RoundSummary(
                            round.getId(),
                            round.getTeamId(),
                            round.getLabel(),
                            round.getMode(),
                            round.isOpenAt(clock.instant()),
                            version.key(),
                            version.titleIn(language),
                            version.version(),
                            round.getClosesOn(),
                            counted.getOrDefault(round.getId(), 0L),
                            round.asksTargets());
                })
                .toList();
    }

    private String currentQuarter() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        return now.getYear() + " Q" + ((now.getMonthValue() - 1) / 3 + 1);
    }

    /** @param responseId the manager's draft of a self-assessment; {@code null} for a team round */
    public record StartedRound(long roundId, Long responseId) {}
}
