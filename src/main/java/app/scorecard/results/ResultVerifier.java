package app.scorecard.results;

import app.scorecard.results.CalculatedResult.CategoryRow;
import app.scorecard.results.CalculatedResult.ItemRow;
import app.scorecard.results.CalculatedResult.TargetRow;
import app.scorecard.results.CalculatedResult.Targets;
import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.scoring.MustHave;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks stored results against the answers behind them: recomputes each response's scores with the rules version it
 * records, and a round's result from its responses' answers with the rules version, anonymity minimum and manager-held
 * setting its record says it was computed under, and names every difference. A record nobody tampered with, computed by
 * code that still knows its rules, always comes out the same (the comments are compared as a set: their order was
 * shuffled on purpose).
 */
@Service
@Transactional(readOnly = true)
public class ResultVerifier {

    private final RoundResultRepository results;

    ResultVerifier(RoundResultRepository results) {
        this.results = results;
    }

    /** Every round with a stored result, oldest first. */
    public List<Long> recordedRounds() {
        return results.findAllRoundIds();
    }

    /**
     * What one round's check found.
     *
     * @param recomputed false for a record that could not be recomputed: migrated without its per-question details,
     *     computed by rules this code does not know, or a self-assessment without its one response (the last two are
     *     differences too); its responses' scores are still checked
     * @param differences what differs, in words; empty when the stored scores are what their inputs give
     */
    public record Check(long roundId, boolean recomputed, List<String> differences) {}

    /** @param submitted every response submitted while the round was open, with the scores stored with it */
    public Check check(long roundId, ScoringModel model, List<SubmittedResponse> submitted) {
        RoundResult record = results.findById(roundId).orElse(null);
        if (record == null) {
            return new Check(roundId, false, List.of("round " + roundId + ": no stored result"));
        }
        List<String> differences = new ArrayList<>();
        String where = "round " + roundId;
        for (int i = 0; i < submitted.size(); i++) {
            responseDifferences(where + ", response " + (i + 1), model, submitted.get(i), differences);
        }
        if (!record.isComplete()) {
            return new Check(roundId, false, differences);
        }
        boolean recomputed = resultDifferences(record, where, model, submitted, differences);
        return new Check(roundId, recomputed, differences);
    }

    /**
     * Recomputes the result from the answers alone — each response scored afresh, so that a tampered response score
     * shows as that, not as a difference of the round — and adds what differs.
     *
     * @return whether it could be recomputed at all
     */
    private static boolean resultDifferences(
            RoundResult record,
            String where,
            ScoringModel model,
            List<SubmittedResponse> submitted,
            List<String> differences) {
        ResultCalculator calculator;
        ScoringService rules;
        try {
            calculator = new ResultCalculator(record.getRulesVersion());
            rules = ScoringService.forRulesVersion(record.getRulesVersion());
        } catch (IllegalArgumentException e) {
            differences.add(
                    where + ": scoring rules version " + record.getRulesVersion() + " is not known to this code");
            return false;
        }
        List<SubmittedResponse> rescored = submitted.stream()
                .map(response -> new SubmittedResponse(
                        response.id(),
                        response.kind(),
                        response.values(),
                        response.comments(),
                        ResponseScores.of(record.getRulesVersion(), rules.score(model, response.values())),
                        response.targets()))
                .toList();
        CalculatedResult recomputed;
        if (record.getMode() == RoundMode.SELF) {
            List<SubmittedResponse> own = rescored.stream()
                    .filter(response -> AnonymityPolicy.counts(RoundMode.SELF, response.kind(), false))
                    .toList();
            if (own.size() != 1) {
                differences.add(
                        where + ": a self-assessment needs exactly one response of its manager, found " + own.size());
                return false;
            }
            recomputed = calculator.selfAssessment(model, own.get(0));
        } else {
            recomputed = calculator.teamRound(
                    model, rescored, record.getMinResponses(), record.isManagerHeldCounted(), new Random(0));
        }
        compare(where, record.toCalculated(), recomputed, differences);
        return true;
    }

    private static void responseDifferences(
            String where, ScoringModel model, SubmittedResponse response, List<String> differences) {
        ResponseScores stored = response.scores();
        ScoringService rules;
        try {
            rules = ScoringService.forRulesVersion(stored.rulesVersion());
        } catch (IllegalArgumentException e) {
            differences.add(where + ": scoring rules version " + stored.rulesVersion() + " is not known to this code");
            return;
        }
        ResponseScores recomputed = ResponseScores.of(stored.rulesVersion(), rules.score(model, response.values()));
        same(where + ", overall", stored.overall(), recomputed.overall(), differences);
        if (!Objects.equals(stored.band(), recomputed.band())) {
            differences.add(where + ", band: stored " + stored.band() + ", recomputed " + recomputed.band());
        }
        check(where, "band before the cap", stored.bandBeforeCap(), recomputed.bandBeforeCap(), differences);
        check(where, "must-haves met", stored.mustHavesMet(), recomputed.mustHavesMet(), differences);
        sameScores(where + ", category ", stored.categories(), recomputed.categories(), differences);
        sameScores(where + ", question ", stored.items(), recomputed.items(), differences);
    }

    private static void compare(
            String where, CalculatedResult stored, CalculatedResult recomputed, List<String> differences) {
        check(where, "counted answers", stored.respondents(), recomputed.respondents(), differences);
        check(
                where,
                "answers through manager-held links",
                stored.throughManagerHeldLinks(),
                recomputed.throughManagerHeldLinks(),
                differences);
        check(where, "shown", stored.shown(), recomputed.shown(), differences);
        same(where + ", overall", stored.overall(), recomputed.overall(), differences);
        check(
                where,
                "band",
                stored.band() == null ? null : stored.band().label(),
                recomputed.band() == null ? null : recomputed.band().label(),
                differences);
        check(
                where,
                "band before the cap",
                stored.bandBeforeCap() == null ? null : stored.bandBeforeCap().label(),
                recomputed.bandBeforeCap() == null
                        ? null
                        : recomputed.bandBeforeCap().label(),
                differences);
        check(where, "must-haves", mustHaves(stored), mustHaves(recomputed), differences);
        check(where, "targets", targets(stored), targets(recomputed), differences);
        stat(where + ", overall", stored.overallStat(), recomputed.overallStat(), differences);
        Map<String, CategoryRow> storedCategories = byKey(stored.categories(), CategoryRow::key);
        Map<String, CategoryRow> recomputedCategories = byKey(recomputed.categories(), CategoryRow::key);
        check(where, "categories", storedCategories.keySet(), recomputedCategories.keySet(), differences);
        recomputedCategories.forEach((key, row) -> {
            CategoryRow kept = storedCategories.get(key);
            if (kept != null) {
                String what = where + ", category " + key;
                stat(what, kept.stat(), row.stat(), differences);
                check(what, "questions answered", kept.itemsAnswered(), row.itemsAnswered(), differences);
                check(what, "questions", kept.itemsTotal(), row.itemsTotal(), differences);
            }
        });
        Map<String, ItemRow> storedItems = byKey(stored.items(), ItemRow::key);
        Map<String, ItemRow> recomputedItems = byKey(recomputed.items(), ItemRow::key);
        check(where, "questions", storedItems.keySet(), recomputedItems.keySet(), differences);
        recomputedItems.forEach((key, row) -> {
            ItemRow kept = storedItems.get(key);
            if (kept != null) {
                String what = where + ", question " + key;
                stat(what, kept.stat(), row.stat(), differences);
                check(what, "answers per point", kept.counts(), row.counts(), differences);
                check(what, "hidden", kept.hidden(), row.hidden(), differences);
            }
        });
        check(where, "strengths", stored.strengths(), recomputed.strengths(), differences);
        check(where, "gaps", stored.gaps(), recomputed.gaps(), differences);
        check(where, "counted responses", stored.counted(), recomputed.counted(), differences);
        // what people wrote is never put into a report (logs reach further than the database): only whether it differs
        List<String> storedComments = stored.comments().stream().sorted().toList();
        List<String> recomputedComments =
                recomputed.comments().stream().sorted().toList();
        if (!storedComments.equals(recomputedComments)) {
            long changed = storedComments.stream()
                    .filter(comment -> !recomputedComments.contains(comment))
                    .count();
            differences.add(where + ", comments: " + storedComments.size() + " stored, " + recomputedComments.size()
                    + " recomputed, " + changed + " of the stored not among the recomputed (texts not shown)");
        }
    }

    /** The must-haves in words, by question key, points compared by value (4.00 stored is 4, whatever its scale). */
    private static List<String> mustHaves(CalculatedResult result) {
        return result.mustHaves().stream()
                .sorted(Comparator.comparing(MustHave::questionKey))
                .map(found -> found.questionKey() + " at " + found.threshold() + ": "
                        + (found.points() == null
                                ? "not known"
                                : found.points().stripTrailingZeros().toPlainString())
                        + (found.met() ? ", met" : ", not met"))
                .toList();
    }

    /** The targets in words, rows by key, scores compared by value; {@code null} for a round that asked none. */
    private static List<String> targets(CalculatedResult result) {
        Targets targets = result.targets();
        if (targets == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        words.add("overall " + decimal(targets.overall()) + " of " + targets.respondents());
        targets.categories().stream()
                .sorted(Comparator.comparing(TargetRow::key))
                .forEach(row -> words.add(
                        "category " + row.key() + " " + decimal(row.score()) + " (" + row.answered() + " questions)"));
        targets.items().stream()
                .sorted(Comparator.comparing(TargetRow::key))
                .forEach(row -> words.add("question " + row.key() + " " + decimal(row.score()) + " (" + row.answered()
                        + (row.hidden() ? ", hidden)" : ")")));
        return words;
    }

    private static String decimal(BigDecimal value) {
        return value == null
                ? "none"
                : value.setScale(1, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void stat(String where, ScoreStat stored, ScoreStat recomputed, List<String> differences) {
        if (stored == null || recomputed == null) {
            check(where, "score", stored, recomputed, differences);
            return;
        }
        same(where, stored.score(), recomputed.score(), differences);
        check(where, "respondents with a score", stored.answered(), recomputed.answered(), differences);
        check(where, "mean", stored.mean(), recomputed.mean(), differences);
        check(where, "variance", stored.variance(), recomputed.variance(), differences);
    }

    private static void sameScores(
            String where,
            Map<String, BigDecimal> stored,
            Map<String, BigDecimal> recomputed,
            List<String> differences) {
        if (!stored.keySet().equals(recomputed.keySet())) {
            differences.add(where + "keys: stored " + stored.keySet() + ", recomputed " + recomputed.keySet());
            return;
        }
        recomputed.forEach((key, score) -> same(where + key, stored.get(key), score, differences));
    }

    /** Scores compare by value: 50.0 stored is 50.0, whatever its scale. */
    private static void same(String where, BigDecimal stored, BigDecimal recomputed, List<String> differences) {
        boolean equal = stored == null ? recomputed == null : recomputed != null && stored.compareTo(recomputed) == 0;
        if (!equal) {
            differences.add(where + ": stored " + stored + ", recomputed " + recomputed);
        }
    }

    private static void check(String where, String what, Object stored, Object recomputed, List<String> differences) {
        if (!Objects.equals(stored, recomputed)) {
            differences.add(where + ", " + what + ": stored " + stored + ", recomputed " + recomputed);
        }
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
