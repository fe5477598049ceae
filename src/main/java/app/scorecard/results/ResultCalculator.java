package app.scorecard.results;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
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
        return selfAssessment(rules.score(model, response.values()), response);
    }

    /** A self-assessment's result from the scorecard its response got when it was submitted: nothing scored twice. */
    public static CalculatedResult selfAssessment(Scorecard card, SubmittedResponse response) {
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
                card.mustHaves());
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
        if (counted.size() < minimum) {
            return CalculatedResult.hidden(counted.size(), throughManagerHeldLinks, countedIds);
        }
        GroupAnswers group = GroupAnswers.of(counted, shuffle);
        Map<String, ItemTally> shownTallies = new HashMap<>();
        group.tallies().forEach((key, tally) -> {
            if (tally.count() >= minimum) {
                shownTallies.put(key, tally);
            }
        });
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
                team.mustHaves());
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
