package app.scorecard.assessment;

import app.scorecard.assessment.internal.ResultScore;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.assessment.internal.RoundResult;
import app.scorecard.assessment.internal.RoundResultRepository;
import app.scorecard.assessment.internal.ScoreScope;
import app.scorecard.assessment.internal.StoredScore;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished rounds, read from their stored results — never from raw answers — so a team's history costs the same with
 * five rounds as with five million answers behind them. Who sees what follows the rounds themselves: admins and a
 * team's managers see all its rounds, its members its team rounds.
 */
@Service
@Transactional(readOnly = true)
public class RoundHistory {

    private final RoundResultRepository results;
    private final RoundRepository rounds;
    private final RoundAccess access;
    private final TeamService teams;
    private final QuestionBank questionBank;

    RoundHistory(
            RoundResultRepository results,
            RoundRepository rounds,
            RoundAccess access,
            TeamService teams,
            QuestionBank questionBank) {
        this.results = results;
        this.rounds = rounds;
        this.access = access;
        this.teams = teams;
        this.questionBank = questionBank;
    }

    /**
     * A team's finished rounds the viewer may see, newest first, each with its overall and category scores but no
     * per-question scores (empty {@code items}): what a history and a trend show.
     *
     * @throws TeamNotFoundException when the viewer is neither an admin nor in the team
     */
    public List<FinishedRound> ofTeam(long teamId, Viewer viewer) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        return summaries(results.findByTeamIdOrderByFinishedAtDescRoundIdDesc(teamId)).stream()
                .filter(round -> manages || round.mode() == RoundMode.TEAM)
                .toList();
    }

    /**
     * Two finished rounds of one team, with every score, per question too — in the order asked.
     *
     * @throws TeamNotFoundException when the viewer is neither an admin nor in the team
     * @throws RoundNotFoundException when either is not finished, not the team's or not one the viewer may see
     */
    public List<FinishedRound> twoOfTeam(long teamId, long first, long second, Viewer viewer) {
        TeamView team = teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
        boolean manages = viewer.admin() || team.isManagedBy(viewer.accountId());
        List<Long> ids = List.of(first, second);
        Map<Long, Round> byId = rounds.findAllById(ids).stream()
                .filter(round -> round.getTeamId() == teamId)
                .filter(round -> manages || round.getMode() == RoundMode.TEAM)
                .collect(Collectors.toMap(Round::getId, Function.identity()));
        Map<Long, RoundResult> finished = results.findAllById(byId.keySet()).stream()
                .collect(Collectors.toMap(RoundResult::getRoundId, Function.identity()));
        List<FinishedRound> pair = new ArrayList<>();
        for (long id : ids) {
            RoundResult result = finished.get(id);
            if (result == null) {
                throw new RoundNotFoundException("finished round", id);
            }
            pair.add(view(result, byId.get(id), result.getScores(), true));
        }
        return pair;
    }

    /**
     * A finished round with every score, per question too.
     *
     * @throws RoundNotFoundException when the round is not finished or not one the viewer may see
     */
    public FinishedRound of(long roundId, Viewer viewer) {
        Round round = access.visible(roundId, viewer).round();
        RoundResult result = results.findById(roundId).orElseThrow(() -> new RoundNotFoundException("round", roundId));
        return view(result, round, result.getScores(), true);
    }

    /**
     * The latest finished round on one question set of each of these teams (teams without one are left out), with
     * overall and category scores as in {@link #ofTeam(long, Viewer)}.
     */
    public List<FinishedRound> latestPerTeam(String setKey, Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : summaries(results.findLatestPerTeam(setKey, teamIds));
    }

    /** Three statements however many rounds: the results, their rounds, and their overall and category scores. */
    private List<FinishedRound> summaries(List<RoundResult> list) {
        List<Long> ids = list.stream().map(RoundResult::getRoundId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Round> byId =
                rounds.findAllById(ids).stream().collect(Collectors.toMap(Round::getId, Function.identity()));
        Map<Long, List<ResultScore>> scores = new HashMap<>();
        for (Object[] row : results.findScores(ids, List.of(ScoreScope.OVERALL, ScoreScope.CATEGORY))) {
            scores.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((ResultScore) row[1]);
        }
        return list.stream()
                .map(result -> view(
                        result,
                        byId.get(result.getRoundId()),
                        scores.getOrDefault(result.getRoundId(), List.of()),
                        false))
                .toList();
    }

    private FinishedRound view(RoundResult result, Round round, List<ResultScore> scores, boolean withItems) {
        QuestionSetDefinition version = questionBank.definition(result.getVersionId());
        Map<String, ScoreStat> categories = new LinkedHashMap<>();
        Map<String, ScoreStat> items = new LinkedHashMap<>();
        ScoreStat overall = null;
        Map<String, ResultScore> stored = new HashMap<>();
        for (ResultScore score : scores) {
            stored.put(score.scope() + ":" + score.key(), score);
        }
        if (result.isShown()) {
            overall = stat(stored.get(ScoreScope.OVERALL + ":" + StoredScore.OVERALL_KEY));
            for (CategoryDefinition category : version.categories()) {
                categories.put(category.key(), stat(stored.get(ScoreScope.CATEGORY + ":" + category.key())));
                if (withItems) {
                    for (QuestionDefinition question : category.questions()) {
                        items.put(question.key(), stat(stored.get(ScoreScope.ITEM + ":" + question.key())));
                    }
                }
            }
        }
        return new FinishedRound(
                result.getRoundId(),
                result.getTeamId(),
                round.getLabel(),
                round.getMode(),
                result.getSetKey(),
                version.title(),
                version.version(),
                result.getVersionId(),
                result.getFinishedAt(),
                result.getRespondents(),
                result.isShown(),
                result.getOverall(),
                result.getBand(),
                overall,
                categories,
                items);
    }

    private static ScoreStat stat(ResultScore score) {
        return score == null
                ? new ScoreStat(null, 0, null, null)
                : new ScoreStat(score.score(), score.answered(), score.mean(), score.variance());
    }
}
