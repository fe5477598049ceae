package app.scorecard.results;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.CalculatedResult.TargetRow;
import app.scorecard.results.CalculatedResult.Targets;
import app.scorecard.scoring.CategoryRule;
import app.scorecard.scoring.CategoryScore;
import app.scorecard.scoring.ItemRule;
import app.scorecard.scoring.ItemScore;
import app.scorecard.scoring.ItemTally;
import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Computes what a finished round's result holds, from its responses and one version's scoring model, under one version
 * of the scoring rules. Plain Java: the same inputs give the same result, but for the comments' shuffled order. The
 * recorder, the verification command, the migration of earlier rounds and the demo's history all compute results
 * here, so there is one way to do it.
 */
public final class ResultCalculator {

    private final int rulesVersion;
    private final ScoringService rules;

    /** @throws IllegalArgumentException for a rules version the code does not know */
    public ResultCalculator(int rulesVersion) {
        this.rules = ScoringService.forRulesVersion(rulesVersion);
        this.rulesVersion = rulesVersion;
    }

    /** A self-assessment's result, scoring its one response afresh (to verify a stored one). */
    public CalculatedResult selfAssessment(ScoringModel model, SubmittedResponse response) {
        return selfAssessment(rules.score(model, response.values()), targetOf(model, response), response);
    }

    /** The target scorecard of one response, under these rules; {@code null} when its round asked no targets. */
    public Scorecard targetOf(ScoringModel model, SubmittedResponse response) {
        return response.targets().isEmpty() ? null : rules.score(model, response.targets());
    }

    /** A self-assessment's result from the scorecard its response got when it was submitted: nothing scored twice. */
    public static CalculatedResult selfAssessment(Scorecard card, SubmittedResponse response) {
        return selfAssessment(card, null, response);
    }

    /**
     * A self-assessment's result from the scorecard its response got when it was submitted, and the scorecard of its
     * targets ({@code null} when its round asked none).
     */
    public static CalculatedResult selfAssessment(Scorecard card, Scorecard target, SubmittedResponse response) {
        GroupAnswers answers = GroupAnswers.of(List.of(response), new Random(0));
        List<CategoryRow> categories = new ArrayList<>();
        for (CategoryScore category : card.categories()) {
            categories.add(new CategoryRow(
                    category.key(),
                    stat(category.score(), single(category.score())),
                    category.answered(),
                    category.total()));
        }
        List<ItemRow> items = new ArrayList<>();
        for (ItemScore item : card.items()) {
            items.add(new ItemRow(
                    item.questionKey(),
                    stat(item.score(), single(item.score())),
                    Arrays.stream(answers.counts(item.questionKey())).boxed().toList(),
                    false));
        }
        return new CalculatedResult(
                1,
                0,
                List.of(response.id()),
                true,
                card.overall(),
                card.band(),
                stat(card.overall(), single(card.overall())),
                categories,
                items,
                keys(card.strengths()),
                keys(card.gaps()),
                List.of(),
                card.bandBeforeCap(),
                card.mustHaves(),
                target == null ? null : targets(target, 1, givenTargets(response), Map.of()));
    }

    /**
     * A team round's result. It counts members' and invitees' answers, manager-held links' only when
     * {@code managerHeldLinksCount}, never a manager's ({@link AnonymityPolicy#counts}); it shows them only with at
     * least {@code minimum} counted. A question fewer than {@code minimum} answered is hidden and counts as not
     * applicable in the scores, so that a question most people skipped cannot single anyone out.
     *
     * @param submitted every response submitted while the round was open, whoever gave it
     */
    public CalculatedResult teamRound(
            ScoringModel model,
            List<SubmittedResponse> submitted,
            int minimum,
            boolean managerHeldLinksCount,
            Random shuffle) {
        int throughManagerHeldLinks = (int) submitted.stream()
                .filter(response -> response.kind() == RespondentKind.MANAGER_HELD_LINK)
                .count();
        List<SubmittedResponse> counted = submitted.stream()
                .filter(response -> AnonymityPolicy.counts(RoundMode.TEAM, response.kind(), managerHeldLinksCount))
                .toList();
        List<Long> countedIds =
                counted.stream().map(SubmittedResponse::id).sorted().toList();
        if (!AnonymityPolicy.minimumMet(counted.size(), minimum)) {
            return CalculatedResult.hidden(counted.size(), throughManagerHeldLinks, countedIds);
        }
        GroupAnswers group = GroupAnswers.of(counted, shuffle);
        Map<String, ItemTally> shownTallies = shown(group.tallies(), minimum);
        Scorecard team = rules.scoreMeans(model, shownTallies);
        List<ResponseScores> individual =
                counted.stream().map(SubmittedResponse::scores).toList();
        // The spread behind a category's and the overall score leaves hidden questions out, as the scores do: each
        // respondent's own scores without them (their stored scores when nothing is hidden).
        List<ResponseScores> withoutHidden = shownTallies.size() == itemCount(model)
                ? individual
                : counted.stream()
                        .map(response -> ResponseScores.of(
                                rulesVersion, rules.score(model, shownOnly(response.values(), shownTallies))))
                        .toList();

        List<CategoryRow> categories = new ArrayList<>();
        for (CategoryScore category : team.categories()) {
            categories.add(new CategoryRow(
                    category.key(),
                    stat(
                            category.score(),
                            each(withoutHidden, scores -> scores.categories().get(category.key()))),
                    category.answered(),
                    category.total()));
        }
        List<ItemRow> items = new ArrayList<>();
        for (CategoryRule category : model.categories()) {
            for (ItemRule rule : category.items()) {
                String key = rule.key();
                BigDecimal score = team.item(key).map(ItemScore::score).orElse(null);
                items.add(new ItemRow(
                        key,
                        stat(score, each(individual, scores -> scores.items().get(key))),
                        Arrays.stream(group.counts(key)).boxed().toList(),
                        !shownTallies.containsKey(key)));
            }
        }
        return new CalculatedResult(
                counted.size(),
                throughManagerHeldLinks,
                countedIds,
                true,
                team.overall(),
                team.band(),
                stat(team.overall(), each(withoutHidden, ResponseScores::overall)),
                categories,
                items,
                keys(team.strengths()),
                keys(team.gaps()),
                group.comments(),
                team.bandBeforeCap(),
                team.mustHaves(),
                teamTargets(model, counted, minimum));
    }

    /**
     * A team's targets, aggregated like its answers: each question on the exact mean of the targets given, a question
     * fewer than {@code minimum} gave a target hidden and counted as not applicable; {@code null} when nobody counted
     * gave targets (the round asked none).
     */
    private Targets teamTargets(ScoringModel model, List<SubmittedResponse> counted, int minimum) {
        List<SubmittedResponse> withTargets = counted.stream()
                .filter(response -> !response.targets().isEmpty())
                .toList();
        if (withTargets.isEmpty()) {
            return null;
        }
        Map<String, ItemTally> tallies = GroupAnswers.targetTallies(withTargets);
        Map<String, ItemTally> shownTallies = shown(tallies, minimum);
        Scorecard target = rules.scoreMeans(model, shownTallies);
        Map<String, Integer> answered = new HashMap<>();
        tallies.forEach((key, tally) -> answered.put(key, Math.toIntExact(tally.count())));
        Map<String, Boolean> hidden = new HashMap<>();
        model.categories()
                .forEach(category -> category.items()
                        .forEach(item -> hidden.put(item.key(), !shownTallies.containsKey(item.key()))));
        return targets(target, withTargets.size(), answered, hidden);
    }

    /** @param answered per question key, how many gave a target (N/A left out) */
    private static Targets targets(
            Scorecard target, int respondents, Map<String, Integer> answered, Map<String, Boolean> hidden) {
        List<TargetRow> categories = new ArrayList<>();
        for (CategoryScore category : target.categories()) {
            categories.add(new TargetRow(category.key(), category.score(), category.answered(), false));
        }
        List<TargetRow> items = new ArrayList<>();
        for (ItemScore item : target.items()) {
            items.add(new TargetRow(
                    item.questionKey(),
                    item.score(),
                    answered.getOrDefault(item.questionKey(), 0),
                    hidden.getOrDefault(item.questionKey(), false)));
        }
        return new Targets(target.overall(), respondents, categories, items);
    }

    /** One response's targets as counts: one for each question it gave a target, none for N/A. */
    private static Map<String, Integer> givenTargets(SubmittedResponse response) {
        Map<String, Integer> given = new HashMap<>();
        response.targets().forEach((key, value) -> given.put(key, value == null ? 0 : 1));
        return given;
    }

    private static Map<String, ItemTally> shown(Map<String, ItemTally> tallies, int minimum) {
        Map<String, ItemTally> shown = new HashMap<>();
        tallies.forEach((key, tally) -> {
            if (AnonymityPolicy.minimumMet(tally.count(), minimum)) {
                shown.put(key, tally);
            }
        });
        return shown;
    }

    /**
     * Number, mean and sample variance of the respondents' own scores that exist; a variance needs two. The same scores
     * give exactly the same numbers whatever their order.
     */
    static ScoreStat stat(BigDecimal score, List<BigDecimal> values) {
        // summed in ascending order, so the same scores give the same bits in whatever order the responses come
        List<Double> present = values.stream()
                .filter(value -> value != null)
                .map(BigDecimal::doubleValue)
                .sorted()
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
        return new ScoreStat(score, n, mean, variance);
    }

    private static int itemCount(ScoringModel model) {
        return model.categories().stream()
                .mapToInt(category -> category.items().size())
                .sum();
    }

    private static Map<String, Integer> shownOnly(Map<String, Integer> values, Map<String, ItemTally> shown) {
        Map<String, Integer> kept = new HashMap<>();
        values.forEach((key, value) -> {
            if (shown.containsKey(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static List<BigDecimal> each(List<ResponseScores> individual, Function<ResponseScores, BigDecimal> score) {
        List<BigDecimal> values = new ArrayList<>();
        individual.forEach(scores -> values.add(score.apply(scores)));
        return values;
    }

    private static List<BigDecimal> single(BigDecimal value) {
        List<BigDecimal> values = new ArrayList<>();
        values.add(value);
        return values;
    }

    private static List<String> keys(List<ItemScore> items) {
        return items.stream().map(ItemScore::questionKey).toList();
    }
}
