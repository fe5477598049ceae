package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionDefinition;
import app.scorecard.questionbank.QuestionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A question of one version. It also points at its version directly, so the database can hold question keys unique
 * within a version across categories.
 */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private QuestionSetVersion version;

    @Column(name = "question_key", nullable = false)
    private String key;

    @Column(name = "question_text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private QuestionKind kind;

    @Column(name = "excellence_pole")
    private String excellencePole;

    @Column(name = "mediocrity_pole")
    private String mediocrityPole;

    @Column(name = "reverse_scored", nullable = false)
    private boolean reverse;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "guidance_excellent", nullable = false)
    private String guidanceExcellent;

    @Column(name = "guidance_next_step", nullable = false)
    private String guidanceNextStep;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "trend_since", nullable = false)
    private int trendSince;

    @Column(name = "must_have_threshold")
    private Integer mustHaveThreshold;

    protected Question() {}

    Question(
            Category category,
            String key,
            String text,
            QuestionKind kind,
            String excellencePole,
            String mediocrityPole,
            boolean reverse,
            BigDecimal weight,
            Guidance guidance,
            Integer mustHaveThreshold,
            int trendSince,
            int position) {
        this.category = category;
        this.version = category.version();
        this.key = key;
        this.text = text;
        this.kind = kind;
        this.excellencePole = excellencePole;
        this.mediocrityPole = mediocrityPole;
        this.reverse = reverse;
        this.weight = weight;
        this.guidanceExcellent = guidance.excellent();
        this.guidanceNextStep = guidance.nextStep();
        this.mustHaveThreshold = mustHaveThreshold;
        this.trendSince = trendSince;
        this.position = position;
    }

    /** Changes everything but the key. Only while the version is a draft. */
    void update(QuestionContent content, int trendSince) {
        version.requireDraft();
        this.text = content.text();
        this.kind = content.kind();
        this.excellencePole = content.excellencePole();
        this.mediocrityPole = content.mediocrityPole();
        this.reverse = content.reverse();
        this.weight = content.weight();
        this.guidanceExcellent = content.guidance().excellent();
        this.guidanceNextStep = content.guidance().nextStep();
        this.mustHaveThreshold = content.mustHaveThreshold();
        this.trendSince = trendSince;
    }

    QuestionContent content() {
        return new QuestionContent(
                text,
                kind,
                excellencePole,
                mediocrityPole,
                reverse,
                weight,
                new Guidance(guidanceExcellent, guidanceNextStep),
                mustHaveThreshold);
    }

    void moveTo(int position) {
        this.position = position;
    }

    int trendSince() {
        return trendSince;
    }

    QuestionDefinition toDefinition() {
        return new QuestionDefinition(
                key,
                text,
                kind,
                excellencePole,
                mediocrityPole,
                reverse,
                Weights.normalized(weight),
                new Guidance(guidanceExcellent, guidanceNextStep),
                trendSince,
                mustHaveThreshold);
    }

    public String getKey() {
        return key;
    }
}
