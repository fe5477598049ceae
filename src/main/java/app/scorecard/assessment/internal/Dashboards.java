package app.scorecard.assessment.internal;

import app.scorecard.assessment.Answer;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.results.RoundMode;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a person's home page in a handful of queries, whatever the number of teams and rounds. */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    static final int FINISHED_SHOWN = 20;

    private final ResponseRepository responses;
    private final RoundRepository rounds;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final Clock clock;

    Dashboards(
            ResponseRepository responses,
            RoundRepository rounds,
            TeamService teams,
            QuestionBank questionBank,
            Clock clock) {
        this.responses = responses;
        this.rounds = rounds;
        this.teams = teams;
        this.questionBank = questionBank;
        this.clock = clock;
    }

    public Dashboard of(long viewerId, boolean admin) {
        return of(viewerId, admin, Locale.ENGLISH);
    }

    /** The dashboard with the sets' titles and the bands in the reader's language. */
    public Dashboard of(long viewerId, boolean admin, Locale reader) {
        String language = Translations.languageOf(reader);
        List<TeamView> myTeams = teams.teamsOf(viewerId);
        List<Long> managed = myTeams.stream()
                .filter(team -> team.isManagedBy(viewerId))
                .map(TeamView::id)
                .toList();
        List<Response> drafts = responses.findOpenDraftsOf(viewerId).stream()
                .filter(response -> response.getRound().isOpenAt(clock.instant()))
                .toList();
        List<Response> finished = responses.findSubmittedVisibleTo(
                viewerId, managed.isEmpty() ? List.of(-1L) : managed, admin, Limit.of(FINISHED_SHOWN));

        Set<Long> teamIds = new HashSet<>();
        drafts.forEach(response -> teamIds.add(response.getRound().getTeamId()));
        finished.forEach(response -> teamIds.add(response.getRound().getTeamId()));
        Map<Long, TeamView> teamsById = new HashMap<>();
        myTeams.forEach(team -> teamsById.put(team.id(), team));
        teamIds.removeAll(teamsById.keySet());
        if (!teamIds.isEmpty()) {
            teamsById.putAll(teams.findAll(teamIds)); // an admin's view of other teams' self-assessments
        }
        Map<Long, String> myTeamNames = new HashMap<>();
        myTeams.forEach(team -> myTeamNames.put(team.id(), team.name()));
        List<Dashboard.OpenRoundEntry> toAnswer = myTeams.isEmpty()
                ? List.of()
                : rounds.findOpenTeamRoundsNotAnsweredBy(myTeamNames.keySet(), viewerId).stream()
                        .filter(round -> round.isOpenAt(clock.instant()))
                        .map(round -> new Dashboard.OpenRoundEntry(
                                round.getId(),
                                myTeamNames.get(round.getTeamId()),
                                round.getLabel(),
                                questionBank.definition(round.getVersionId()).titleIn(language)))
                        .toList();

        return new Dashboard(
                myTeams.stream()
                        .map(team -> new Dashboard.TeamEntry(
                                team.id(), team.name(), team.members().get(viewerId)))
                        .toList(),
                toAnswer,
                teamRounds(myTeamNames, language),
                drafts.stream()
                        .map(response -> draft(response, teamsById, language))
                        .toList(),
                finished.stream()
                        .map(response -> finished(response, teamsById, language))
                        .toList());
    }

    private List<Dashboard.TeamRoundEntry> teamRounds(Map<Long, String> myTeamNames, String language) {
        if (myTeamNames.isEmpty()) {
            return List.of();
        }
        return rounds
                .findByTeamIdInAndModeOrderByCreatedAtDescIdDesc(
                        myTeamNames.keySet(), RoundMode.TEAM, Limit.of(FINISHED_SHOWN))
                .stream()
                .map(round -> new Dashboard.TeamRoundEntry(
                        round.getId(),
                        myTeamNames.get(round.getTeamId()),
                        round.getLabel(),
                        questionBank.definition(round.getVersionId()).titleIn(language),
                        round.isOpenAt(clock.instant())))
                .toList();
    }

    private Dashboard.DraftEntry draft(Response response, Map<Long, TeamView> teamsById, String language) {
        QuestionSetDefinition version =
                questionBank.definition(response.getRound().getVersionId());
        long answered = response.getAnswers().values().stream()
                .filter(Answer::isAnswered)
                .count();
        return new Dashboard.DraftEntry(
                response.getId(),
                response.getRound().getMode(),
                teamName(response, teamsById),
                response.getRound().getLabel(),
                version.titleIn(language),
                answered,
                version.questionCount(),
                response.getUpdatedAt());
    }

    /**
     * With the overall score and band the response got when it was submitted, as stored with it (the band's label in
     * the reader's language when it is its version's).
     */
    private Dashboard.FinishedEntry finished(Response response, Map<Long, TeamView> teamsById, String language) {
        QuestionSetDefinition version =
                questionBank.definition(response.getRound().getVersionId());
        return new Dashboard.FinishedEntry(
                response.getRound().getId(),
                response.getRound().getMode(),
                teamName(response, teamsById),
                response.getRound().getLabel(),
                version.titleIn(language),
                response.getSubmittedAt(),
                response.getOverall(),
                version.recordedBandLabelIn(response.getBand(), language));
    }

    private static String teamName(Response response, Map<Long, TeamView> teamsById) {
        TeamView team = teamsById.get(response.getRound().getTeamId());
        return team == null ? "" : team.name();
    }
}
