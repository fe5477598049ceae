package app.scorecard.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the scoring rules (see {@code docs/scoring.md}) to one person's answers, or to a group's per-item means.
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li>Answers are 1–5 or N/A (absent or {@code null}). Item points are {@code 6 − v} for reverse items, else
 *       {@code v}; the item score is {@code (points − 1) × 25}.
 *   <li>A category's score is the weighted mean of its answered items' scores, or {@code null} when their weight is
 *       below half the category's total.
 *   <li>The overall score is the weighted mean of the scored categories, or {@code null} when their weight is below
 *       half the total category weight.
 *   <li>All arithmetic is exact; outputs are rounded once to one decimal, half up. The band is the one with the
 *       highest minimum not above the rounded overall score.
 *   <li>Strengths: up to three answered items scoring at least 75, highest first. Gaps: up to three scoring at most
 *       50, lowest first. Ties go to the earlier category, then the earlier question.
 *   <li>From rules version 2, must-haves: an item with a threshold is met when its points (a group's exact mean) reach
 *       it; N/A is not met ("not known"). While any is not met, the band is at most the model's cap band; the overall
 *       score is unchanged.
 * </ul>
 */
public final class ScoringService {

    /**
     * The version of the rules this class applies. Every stored score records the version that computed it, so a later
     * change of the rules is a new version and never changes what was shown before.
     */
    public static final int RULES_VERSION = 2;

    /** The rules with must-haves and the cap band; every version up to it can be applied. */
    public static final int MUST_HAVE_RULES_VERSION = 2;

    public static final int MIN_ANSWER = 1;
    public static final int MAX_ANSWER = 5;
    public static final int HIGHLIGHT_LIMIT = 3;

    private static final Fraction STRENGTH_THRESHOLD = Fraction.of(75);
    private static final Fraction GAP_THRESHOLD = Fraction.of(50);
    private static final Fraction TWO = Fraction.of(2);

    /**
     * The rules of a recorded version, to recompute a stored score exactly as it was computed.
     *
     * @throws IllegalArgumentException for a version these rules do not know
     */
    public static ScoringService forRulesVersion(int version) {
        if (version < 1 || version > MUST_HAVE_RULES_VERSION) {
            throw new IllegalArgumentException("Unknown scoring rules version " + version);
        }
        return new ScoringService(version);
    }

    private final int rulesVersion;

    /** Today's rules, {@link #RULES_VERSION}. */
    public ScoringService() {
        this(RULES_VERSION);
    }

    private ScoringService(int rulesVersion) {
        this.rulesVersion = rulesVersion;
    }

    /** The version of the rules this instance applies. */
    public int rulesVersion() {
        return rulesVersion;
    }

    /**
     * Scores one person's answers.
     *
     * @param answers question key to a value 1–5, or {@code null} for N/A; questions absent from the map count as N/A
     * @throws IllegalArgumentException for a key the model does not know or a value outside 1–5
     */
    public Scorecard score(ScoringModel model, Map<String, Integer> answers) {
        Map<String, Fraction> values = new HashMap<>();
        answers.forEach((key, value) -> {
            if (value != null) {
                if (value < MIN_ANSWER || value > MAX_ANSWER) {
                    throw new IllegalArgumentException("Answer to " + key + " must be 1–5, was " + value);
                }
                values.put(key, Fraction.of(value));
            }
        });
        return scoreValues(model, values);
    }

    /**
     * Scores a group: each item on the exact mean of its answers (N/A left out per item), then the same rules as for
     * one person. An item nobody answered counts as N/A.
     *
     * @throws IllegalArgumentException for a key the model does not know
     */
    public Scorecard scoreMeans(ScoringModel model, Map<String, ItemTally> tallies) {
        Map<String, Fraction> values = new HashMap<>();
        tallies.forEach((key, tally) -> {
            if (!tally.isEmpty()) {
                values.put(key, Fraction.of(tally.sum(), tally.count()));
            }
        });
        return scoreValues(model, values);
    }

    Scorecard scoreValues(ScoringModel model, Map<String, Fraction> values) {
        requireKnownKeys(model, values.keySet());
        List<CategoryScore> categories = new ArrayList<>();
        List<ItemScore> items = new ArrayList<>();
        List<RankedItem> answered = new ArrayList<>();
        Fraction totalCategoryWeight = Fraction.ZERO;
        Fraction scoredCategoryWeight = Fraction.ZERO;
        Fraction weightedCategoryScores = Fraction.ZERO;

        for (int c = 0; c < model.categories().size(); c++) {
            CategoryRule category = model.categories().get(c);
            Fraction totalWeight = Fraction.ZERO;
            Fraction answeredWeight = Fraction.ZERO;
            Fraction weightedScores = Fraction.ZERO;
            int answeredCount = 0;
            for (int i = 0; i < category.items().size(); i++) {
                ItemRule item = category.items().get(i);
                Fraction weight = Fraction.of(item.weight());
                totalWeight = totalWeight.plus(weight);
                Fraction value = values.get(item.key());
                if (value == null) {
                    items.add(new ItemScore(category.key(), item.key(), null));
                    continue;
                }
                Fraction score = itemScore(value, item.reverse());
                ItemScore itemScore = new ItemScore(category.key(), item.key(), score.roundedToOneDecimal());
                items.add(itemScore);
                answered.add(new RankedItem(score, c, i, itemScore));
                answeredWeight = answeredWeight.plus(weight);
                weightedScores = weightedScores.plus(weight.times(score));
                answeredCount++;
            }
            Fraction categoryScore =
                    enoughWeight(answeredWeight, totalWeight) ? weightedScores.dividedBy(answeredWeight) : null;
            Fraction categoryWeight = Fraction.of(category.weight());
            totalCategoryWeight = totalCategoryWeight.plus(categoryWeight);
            if (categoryScore != null) {
                scoredCategoryWeight = scoredCategoryWeight.plus(categoryWeight);
                weightedCategoryScores = weightedCategoryScores.plus(categoryWeight.times(categoryScore));
            }
            categories.add(new CategoryScore(
                    category.key(),
                    rounded(categoryScore),
                    answeredCount,
                    category.items().size()));
        }

        Fraction overall = enoughWeight(scoredCategoryWeight, totalCategoryWeight)
                ? weightedCategoryScores.dividedBy(scoredCategoryWeight)
                : null;
        BigDecimal roundedOverall = rounded(overall);
        Band band = roundedOverall == null ? null : bandFor(model.bands(), roundedOverall);
        if (rulesVersion < MUST_HAVE_RULES_VERSION) {
            return new Scorecard(roundedOverall, band, categories, items, strengths(answered), gaps(answered));
        }
        List<MustHave> mustHaves = MustHaveCheck.of(model, values);
        Band capped = MustHaveCheck.cap(model, band, mustHaves);
        return new Scorecard(
                roundedOverall, capped, categories, items, strengths(answered), gaps(answered), band, mustHaves);
    }

    /** Points are {@code 6 − v} for reverse items, else {@code v}; the score is {@code (points − 1) × 25}. */
    private static Fraction itemScore(Fraction value, boolean reverse) {
        return points(value, reverse).minus(Fraction.of(1)).times(Fraction.of(25));
    }

    static Fraction points(Fraction value, boolean reverse) {
        return reverse ? Fraction.of(MAX_ANSWER + MIN_ANSWER).minus(value) : value;
    }

    /** At least half the weight must be answered (scored); none at all never is enough. */
    private static boolean enoughWeight(Fraction answered, Fraction total) {
        return answered.compareTo(Fraction.ZERO) > 0 && !answered.times(TWO).isLessThan(total);
    }

    /** The bands are in ascending order of their minimum and the first starts at 0 (the model checks both). */
    private static Band bandFor(List<Band> bands, BigDecimal roundedOverall) {
        Band result = bands.get(0);
        for (Band band : bands) {
            if (BigDecimal.valueOf(band.min()).compareTo(roundedOverall) <= 0) {
                result = band;
            }
        }
        return result;
    }

    private static List<ItemScore> strengths(List<RankedItem> answered) {
        return answered.stream()
                .filter(item -> item.score().compareTo(STRENGTH_THRESHOLD) >= 0)
                .sorted(Comparator.comparing(RankedItem::score).reversed().thenComparing(RankedItem.BY_POSITION))
                .limit(HIGHLIGHT_LIMIT)
                .map(RankedItem::result)
                .toList();
    }

    private static List<ItemScore> gaps(List<RankedItem> answered) {
        return answered.stream()
                .filter(item -> item.score().compareTo(GAP_THRESHOLD) <= 0)
                .sorted(Comparator.comparing(RankedItem::score).thenComparing(RankedItem.BY_POSITION))
                .limit(HIGHLIGHT_LIMIT)
                .map(RankedItem::result)
                .toList();
    }

    private static BigDecimal rounded(Fraction value) {
        return value == null ? null : value.roundedToOneDecimal();
    }

    private static void requireKnownKeys(ScoringModel model, Set<String> keys) {
        Set<String> known = new HashSet<>();
        model.categories().forEach(c -> c.items().forEach(i -> known.add(i.key())));
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown question key " + key);
            }
        }
    }

    private record RankedItem(Fraction score, int categoryPosition, int itemPosition, ItemScore result) {

        static final Comparator<RankedItem> BY_POSITION =
                Comparator.comparingInt(RankedItem::categoryPosition).thenComparingInt(RankedItem::itemPosition);
    }
}
