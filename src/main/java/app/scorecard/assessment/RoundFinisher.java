package app.scorecard.assessment;

import app.scorecard.assessment.ScorecardReport.CategoryResult;
import app.scorecard.assessment.ScorecardReport.ItemResult;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.ResultScore;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundResult;
import app.scorecard.assessment.internal.RoundResultRepository;
import app.scorecard.assessment.internal.ScoreScope;
import app.scorecard.assessment.internal.StoredScore;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.scoring.ItemTally;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Writes a round's results once, when it finishes: a self-assessment when it is submitted, a team round when it
 * closes. From then on the history, comparisons and heatmaps read these rows and never the raw answers again.
 */
@Component
class RoundFinisher {

    private final RoundResultRepository results;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final AnswerScoring scoring;
    private final AnonymityPolicy anonymity;
    private final TeamService teams;

    RoundFinisher(
            RoundResultRepository results,
            ResponseRepository responses,
            QuestionBank questionBank,
            AnswerScoring scoring,
            AnonymityPolicy anonymity,
            TeamService teams) {
        this.results = results;
        this.responses = responses;
        this.questionBank = questionBank;
        this.scoring = scoring;
        this.anonymity = anonymity;
        this.teams = teams;
    }

    /** A submitted response's overall and category scores, to keep with it. */
    static List<StoredScore> scoresOf(ScorecardReport report) {
        List<StoredScore> scores = new ArrayList<>();
        scores.add(new StoredScore(ScoreScope.OVERALL, StoredScore.OVERALL_KEY, report.overall()));
        report.categories()
                .forEach(
                        category -> scores.add(new StoredScore(ScoreScope.CATEGORY, category.key(), category.score())));
        return scores;
    }

    /** Records the round's results, unless they are recorded already (closing twice changes nothing). */
    void finish(Round round) {
        if (results.existsById(round.getId())) {
            return;
        }
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        List<Response> counted = counted(round);
        boolean self = round.getMode() == RoundMode.SELF;
        boolean shown = self ? !counted.isEmpty() : counted.size() >= anonymity.minimum();
        ScorecardReport report = self
                ? scoring.score(
                        version, counted.isEmpty() ? Map.of() : counted.get(0).scoringAnswers())
                : teamReport(
                        version,
                        GroupAnswers.of(
                                counted.stream().map(Response::getAnswers).toList(), new Random()));
        List<ScorecardReport> individual = counted.stream()
                .map(response -> scoring.score(version, response.scoringAnswers()))
                .toList();
        results.save(new RoundResult(
                round.getId(),
                round.getTeamId(),
                version.key(),
                version.versionId(),
                finishedAt(round, counted),
                counted.size(),
                shown,
                report.overall(),
                report.band() == null ? null : report.band().label(),
                shown ? scores(report, individual) : List.of()));
    }

    /**
     * A team's scorecard on the per-item means. A question fewer than the minimum answered (the others chose N/A)
     * would show those few people's answers: it counts as not applicable.
     */
    ScorecardReport teamReport(QuestionSetDefinition version, GroupAnswers group) {
        return teamReport(version, group.tallies());
    }

    ScorecardReport teamReport(QuestionSetDefinition version, Map<String, ItemTally> group) {
        Map<String, ItemTally> tallies = new HashMap<>();
        group.forEach((key, tally) -> {
            if (tally.count() >= anonymity.minimum()) {
                tallies.put(key, tally);
            }
        });
        return scoring.scoreGroup(version, tallies);
    }

    /** A self-assessment counts its manager's answers; a team round its members' (no manager's), while it was open. */
    private List<Response> counted(Round round) {
        List<Response> submitted = responses.findByRoundId(round.getId()).stream()
                .filter(Response::isSubmitted)
                .filter(response -> round.accepts(response.getSubmittedAt()))
                .toList();
        if (round.getMode() == RoundMode.SELF) {
            return submitted.stream()
                    .filter(response -> response.isRespondent(round.getCreatedBy()))
                    .toList();
        }
        TeamView team = teams.find(round.getTeamId()).orElseThrow();
        return submitted.stream()
                .filter(response -> response.getAccountId() == null || !team.isManagedBy(response.getAccountId()))
                .toList();
    }

    private static Instant finishedAt(Round round, List<Response> counted) {
        if (round.getMode() == RoundMode.SELF && !counted.isEmpty()) {
            return counted.get(0).getSubmittedAt();
        }
        if (round.getClosedAt() != null) {
            return round.getClosedAt();
        }
        return round.getClosesOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The rounds's scores by the rules, each with the spread of the respondents' own scores behind it. */
    static List<ResultScore> scores(ScorecardReport report, List<ScorecardReport> individual) {
        List<ResultScore> scores = new ArrayList<>();
        scores.add(stat(
                ScoreScope.OVERALL,
                StoredScore.OVERALL_KEY,
                report.overall(),
                individual.stream().map(ScorecardReport::overall).toList()));
        for (int c = 0; c < report.categories().size(); c++) {
            CategoryResult category = report.categories().get(c);
            int index = c;
            scores.add(stat(
                    ScoreScope.CATEGORY,
                    category.key(),
                    category.score(),
                    individual.stream()
                            .map(one -> one.categories().get(index).score())
                            .toList()));
        }
        Map<String, List<BigDecimal>> perItem = new LinkedHashMap<>();
        for (ScorecardReport one : individual) {
            for (ItemResult item : one.items()) {
                perItem.computeIfAbsent(item.questionKey(), key -> new ArrayList<>())
                        .add(item.score());
            }
        }
        for (ItemResult item : report.items()) {
            scores.add(stat(
                    ScoreScope.ITEM,
                    item.questionKey(),
                    item.score(),
                    perItem.getOrDefault(item.questionKey(), List.of())));
        }
        return scores;
    }

    /** Number, mean and sample variance of the scores that exist; a variance needs at least two. */
    static ResultScore stat(ScoreScope scope, String key, BigDecimal score, List<BigDecimal> values) {
        List<Double> present = values.stream()
                .filter(value -> value != null)
                .map(BigDecimal::doubleValue)
                .toList();
        int n = present.size();
        Double mean = n == 0
                ? null
                : present.stream().mapToDouble(Double::doubleValue).sum() / n;
        Double variance = null;
        if (n >= 2) {
            double squares = present.stream()
                    .mapToDouble(value -> (value - mean) * (value - mean))
                    .sum();
            variance = squares / (n - 1);
        }
        return new ResultScore(scope, key, score, n, mean, variance);
    }
}
