package app.scorecard.results.internal;

import app.scorecard.results.ScoreScope;
import app.scorecard.scoring.MustHave;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One score of a finished round — overall, a category's or a question's — by the scoring rules, with the number, mean
 * and sample variance of the respondents' own scores there, which tell a real change from noise. A category also keeps
 * how many of its questions had a score; a question how many chose each answer and whether it was hidden.
 */
@Embeddable
public class ResultScore {

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private ScoreScope scope;

    @Column(name = "score_key", nullable = false)
    private String key;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "answered", nullable = false)
    private int answered;

    @Column(name = "mean")
    private Double mean;

    @Column(name = "variance")
    private Double variance;

    @Column(name = "items_answered")
    private Integer itemsAnswered;

    @Column(name = "items_total")
    private Integer itemsTotal;

    @Column(name = "chose_na")
    private Long choseNotApplicable;

    @Column(name = "chose_1")
    private Long chose1;

    @Column(name = "chose_2")
    private Long chose2;

    @Column(name = "chose_3")
    private Long chose3;

    @Column(name = "chose_4")
    private Long chose4;

    @Column(name = "chose_5")
    private Long chose5;

    @Column(name = "hidden")
    private Boolean hidden;

    @Column(name = "must_have_threshold")
    private Integer mustHaveThreshold;

    @Column(name = "must_have_points")
    private BigDecimal mustHavePoints;

    @Column(name = "must_have_met")
    private Boolean mustHaveMet;

    @Column(name = "target")
    private BigDecimal target;

    @Column(name = "target_answered")
    private Integer targetAnswered;

    @Column(name = "target_hidden")
    private Boolean targetHidden;

    protected ResultScore() {}

    public ResultScore(ScoreScope scope, String key, BigDecimal score, int answered, Double mean, Double variance) {
        this.scope = scope;
        this.key = key;
        this.score = score;
        this.answered = answered;
        this.mean = mean;
        this.variance = variance;
    }

    /** A category's score, of which {@code itemsAnswered} of its {@code itemsTotal} questions had a score. */
    public static ResultScore category(
            String key,
            BigDecimal score,
            int answered,
            Double mean,
            Double variance,
            int itemsAnswered,
            int itemsTotal) {
        ResultScore category = new ResultScore(ScoreScope.CATEGORY, key, score, answered, mean, variance);
        category.itemsAnswered = itemsAnswered;
        category.itemsTotal = itemsTotal;
        return category;
    }

    /** A question's score with how many chose "not applicable" (index 0) and each point 1–5. */
    public static ResultScore item(
            String key,
            BigDecimal score,
            int answered,
            Double mean,
            Double variance,
            List<Long> counts,
            boolean hidden) {
        ResultScore item = new ResultScore(ScoreScope.ITEM, key, score, answered, mean, variance);
        item.choseNotApplicable = counts.get(0);
        item.chose1 = counts.get(1);
        item.chose2 = counts.get(2);
        item.chose3 = counts.get(3);
        item.chose4 = counts.get(4);
        item.chose5 = counts.get(5);
        item.hidden = hidden;
        return item;
    }

    /** A must-have question's score, with what the must-have rules (version 2) found. */
    public static ResultScore item(
            String key,
            BigDecimal score,
            int answered,
            Double mean,
            Double variance,
            List<Long> counts,
            boolean hidden,
            MustHave mustHave) {
        ResultScore item = item(key, score, answered, mean, variance, counts, hidden);
        if (mustHave != null) {
            item.mustHaveThreshold = mustHave.threshold();
            item.mustHavePoints = mustHave.points();
            item.mustHaveMet = mustHave.met();
        }
        return item;
    }

    /**
     * The target's score on this row, for a round that asked targets: overall, a category's or a question's.
     *
     * @param answered how many gave targets (overall), how many of a category's questions had a target score, how many
     *     gave a question a target
     * @param hidden a question's: fewer than the minimum gave it a target
     */
    ResultScore withTarget(BigDecimal score, int answered, boolean hidden) {
        this.target = score;
        this.targetAnswered = answered;
        this.targetHidden = scope == ScoreScope.ITEM ? hidden : null;
        return this;
    }

    /** The target's score; {@code null} without one, or for a round that asked none. */
    public BigDecimal target() {
        return target;
    }

    /** How many gave targets here; 0 for a round that asked none. */
    public int targetAnswered() {
        return targetAnswered == null ? 0 : targetAnswered;
    }

    /** A question's: its target hidden for having fewer than the minimum. */
    public boolean targetHidden() {
        return targetHidden != null && targetHidden;
    }

    /** A question's must-have as recorded, if it was one when the result was recorded under rules version 2. */
    public Optional<MustHave> mustHave() {
        return mustHaveThreshold == null
                ? Optional.empty()
                : Optional.of(new MustHave(key, mustHaveThreshold, mustHavePoints, mustHaveMet));
    }

    public ScoreScope scope() {
        return scope;
    }

    public String key() {
        return key;
    }

    public BigDecimal score() {
        return score;
    }

    public int answered() {
        return answered;
    }

    public Double mean() {
        return mean;
    }

    public Double variance() {
        return variance;
    }

    /** A category's: how many of its questions had a score (0 when not recorded). */
    public int itemsAnswered() {
        return itemsAnswered == null ? 0 : itemsAnswered;
    }

    /** A category's: how many questions it has (0 when not recorded). */
    public int itemsTotal() {
        return itemsTotal == null ? 0 : itemsTotal;
    }

    /** A question's: how many chose "not applicable" (index 0) and each point 1–5; zeros when not recorded. */
    public List<Long> counts() {
        return List.of(
                orZero(choseNotApplicable),
                orZero(chose1),
                orZero(chose2),
                orZero(chose3),
                orZero(chose4),
                orZero(chose5));
    }

    /** A question's: hidden for having fewer answers than the minimum (or no distribution recorded). */
    public boolean hidden() {
        return hidden != null && hidden;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultScore that && scope == that.scope && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, key);
    }
}
