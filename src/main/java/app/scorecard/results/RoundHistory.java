package app.scorecard.results;

import app.scorecard.account.Viewer;
import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import app.scorecard.results.internal.ResultScore;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.team.TeamNotFoundException;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished rounds, read from their recorded results — never from raw answers — so a team's history costs the same
 * with five rounds as with five million answers behind them, and shows what each round showed when it finished. Who
 * sees what follows the team: admins and its managers see all its rounds, its members its team rounds.
 */
@Service
@Transactional(readOnly = true)
public class RoundHistory {

    private final RoundResultRepository results;
    private final TeamService teams;
    private final QuestionBank questionBank;
    private final AnonymityPolicy anonymity;

    RoundHistory(
            RoundResultRepository results, TeamService teams, QuestionBank questionBank, AnonymityPolicy anonymity) {
        this.results = results;
        this.teams = teams;
        this.questionBank = questionBank;
        this.anonymity = anonymity;
    }

    /**
     * A team's finished rounds the viewer may see, newest first, each with its overall and category scores but no
     * per-question scores (empty {@code items}): what a history and a trend show.
     *
     * @throws TeamNotFoundException when the viewer is neither an admin nor in the team
     */
    public List<FinishedRound> ofTeam(long teamId, Viewer viewer) {
        return ofTeam(teamId, viewer, Locale.ENGLISH);
    }

    /**
     * A team's finished rounds as {@link #ofTeam(long, Viewer)}, their sets' titles and bands in the reader's language.
     *
     * @throws TeamNotFoundException when the viewer is neither an admin nor in the team
     */
    public List<FinishedRound> ofTeam(long teamId, Viewer viewer, Locale reader) {
        boolean manages = manages(visibleTeam(teamId, viewer), viewer);
        return summaries(
                results.findByTeamIdOrderByFinishedAtDescRoundIdDesc(teamId).stream()
                        .filter(result -> manages || result.getMode() == RoundMode.TEAM)
                        .toList(),
                Translations.languageOf(reader));
    }

    /**
     * Two finished rounds of one team, with every score, per question too — in the order asked.
     *
     * @throws TeamNotFoundException when the viewer is neither an admin nor in the team
     * @throws ResultNotFoundException when either is not finished, not the team's or not one the viewer may see
     */
    public List<FinishedRound> twoOfTeam(long teamId, long first, long second, Viewer viewer) {
        return twoOfTeam(teamId, first, second, viewer, Locale.ENGLISH);
    }

    /**
     * Two finished rounds as {@link #twoOfTeam(long, long, long, Viewer)}, their sets' titles and bands in the reader's
     * language.
     */
    public List<FinishedRound> twoOfTeam(long teamId, long first, long second, Viewer viewer, Locale reader) {
        String language = Translations.languageOf(reader);
        boolean manages = manages(visibleTeam(teamId, viewer), viewer);
        Map<Long, RoundResult> finished = results.findAllById(List.of(first, second)).stream()
                .filter(result -> result.getTeamId() == teamId)
                .filter(result -> manages || result.getMode() == RoundMode.TEAM)
                .collect(Collectors.toMap(RoundResult::getRoundId, Function.identity()));
        List<FinishedRound> pair = new ArrayList<>();
        for (long id : List.of(first, second)) {
            RoundResult result = finished.get(id);
            if (result == null) {
                throw new ResultNotFoundException(id);
            }
            pair.add(view(result, result.getScores(), true, language));
        }
        return pair;
    }

    /**
     * A finished round with every score, per question too ({@code null} for a question whose score is hidden).
     *
     * @throws ResultNotFoundException when the round is not finished or not one the viewer may see
     */
    public FinishedRound of(long roundId, Viewer viewer) {
        return of(roundId, viewer, Locale.ENGLISH);
    }

    /**
     * A finished round as {@link #of(long, Viewer)}, its set's title and band in the reader's language.
     *
     * @throws ResultNotFoundException when the round is not finished or not one the viewer may see
     */
    public FinishedRound of(long roundId, Viewer viewer, Locale reader) {
        RoundResult result = results.findById(roundId).orElseThrow(() -> new ResultNotFoundException(roundId));
        TeamView team = teams.find(result.getTeamId()).orElseThrow(() -> new ResultNotFoundException(roundId));
        boolean manages = manages(team, viewer);
        boolean member = team.hasMember(viewer.accountId()) && result.getMode() == RoundMode.TEAM;
        if (!manages && !member) {
            throw new ResultNotFoundException(roundId);
        }
        return view(result, result.getScores(), true, Translations.languageOf(reader));
    }

    /**
     * The latest finished team round on one question set of each of these teams (teams without one are left out), with
     * overall and category scores as in {@link #ofTeam(long, Viewer)}. Self-assessments never count: one person's view
     * does not stand beside a team's.
     */
    public List<FinishedRound> latestTeamRoundPerTeam(String setKey, Collection<Long> teamIds) {
        return latestTeamRoundPerTeam(setKey, teamIds, Locale.ENGLISH);
    }

    /**
     * As {@link #latestTeamRoundPerTeam(String, Collection)}, titles and bands in the reader's language: one statement,
     * the results with their overall and category scores.
     */
    public List<FinishedRound> latestTeamRoundPerTeam(String setKey, Collection<Long> teamIds, Locale reader) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        Map<Long, RoundResult> latest = new LinkedHashMap<>();
        Map<Long, List<ResultScore>> scores = new HashMap<>();
        for (Object[] row : results.findLatestPerTeamWithScores(setKey, teamIds, RoundMode.TEAM)) {
            RoundResult result = (RoundResult) row[0];
            latest.putIfAbsent(result.getRoundId(), result);
            List<ResultScore> own = scores.computeIfAbsent(result.getRoundId(), id -> new ArrayList<>());
            // the overall score comes with each of the result's category scores: kept once, first
            if (row[1] != null && own.isEmpty()) {
                own.add((ResultScore) row[1]);
            }
            if (row[2] != null) {
                own.add((ResultScore) row[2]);
            }
        }
        String language = Translations.languageOf(reader);
        return latest.values().stream()
                .map(result -> view(result, scores.get(result.getRoundId()), false, language))
                .toList();
    }

    /** Per question set, when a team round of one of these teams last finished; sets without one are left out. */
    public Map<String, Instant> latestTeamRoundFinishPerSet(Collection<Long> teamIds) {
        Map<String, Instant> latest = new HashMap<>();
        if (!teamIds.isEmpty()) {
            for (Object[] row : results.findLatestFinishPerSet(teamIds, RoundMode.TEAM)) {
                latest.put((String) row[0], (Instant) row[1]);
            }
        }
        return latest;
    }

    private TeamView visibleTeam(long teamId, Viewer viewer) {
        return teams.find(teamId)
                .filter(candidate -> viewer.admin() || candidate.hasMember(viewer.accountId()))
                .orElseThrow(() -> new TeamNotFoundException(teamId));
    }

    private static boolean manages(TeamView team, Viewer viewer) {
        return viewer.admin() || team.isManagedBy(viewer.accountId());
    }

    /** Two statements however many rounds: the results, and their overall and category scores. */
    private List<FinishedRound> summaries(List<RoundResult> list, String language) {
        List<Long> ids = list.stream().map(RoundResult::getRoundId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ResultScore>> scores = new HashMap<>();
        for (Object[] row : results.findScores(ids, List.of(ScoreScope.OVERALL, ScoreScope.CATEGORY))) {
            scores.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((ResultScore) row[1]);
        }
        return list.stream()
                .map(result -> view(result, scores.getOrDefault(result.getRoundId(), List.of()), false, language))
                .toList();
    }

    /** @param language the reader's: the set's title and the band's label in it; scores are the record's */
    private FinishedRound view(RoundResult result, List<ResultScore> scores, boolean withItems, String language) {
        QuestionSetDefinition version = questionBank.definition(result.getVersionId());
        boolean shown = result.getMode() == RoundMode.SELF
                ? result.isShown()
                : anonymity.stillShown(result.isShown(), result.getRespondents());
        Map<String, ScoreStat> categories = new LinkedHashMap<>();
        Map<String, ScoreStat> items = new LinkedHashMap<>();
        ScoreStat overall = null;
        Map<String, ResultScore> stored = new HashMap<>();
        for (ResultScore score : scores) {
            stored.put(score.scope() + ":" + score.key(), score);
        }
        boolean withTargets = shown && result.isWithTargets();
        Map<String, BigDecimal> categoryTargets = new LinkedHashMap<>();
        BigDecimal target = null;
        if (shown) {
            ResultScore overallRow = stored.get(ScoreScope.OVERALL + ":" + ScoreScope.OVERALL_KEY);
            overall = stat(overallRow);
            target = withTargets && overallRow != null ? overallRow.target() : null;
            for (CategoryDefinition category : version.categories()) {
                ResultScore categoryRow = stored.get(ScoreScope.CATEGORY + ":" + category.key());
                categories.put(category.key(), stat(categoryRow));
                if (withTargets) {
                    categoryTargets.put(category.key(), categoryRow == null ? null : categoryRow.target());
                }
                if (withItems) {
                    for (QuestionDefinition question : category.questions()) {
                        ResultScore item = stored.get(ScoreScope.ITEM + ":" + question.key());
                        boolean itemShown = item != null
                                && (result.getMode() == RoundMode.SELF
                                        || anonymity.itemStillShown(item.hidden(), item.answered()));
                        items.put(question.key(), itemShown ? stat(item) : null);
                    }
                }
            }
        }
        return new FinishedRound(
                result.getRoundId(),
                result.getTeamId(),
                result.getLabel(),
                result.getMode(),
                result.getSetKey(),
                version.titleIn(language),
                version.version(),
                result.getVersionId(),
                result.getFinishedAt(),
                result.getRespondents(),
                result.getThroughManagerHeld(),
                result.isManagerHeldCounted(),
                shown,
                shown ? result.getOverall() : null,
                shown ? version.recordedBandLabelIn(result.getBand(), language) : null,
                overall,
                categories,
                items,
                withTargets,
                target,
                categoryTargets,
                result.getRulesVersion());
    }

    private static ScoreStat stat(ResultScore score) {
        return score == null
                ? new ScoreStat(null, 0, null, null)
                : new ScoreStat(score.score(), score.answered(), score.mean(), score.variance());
    }
}
