package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
import app.scorecard.questionbank.QuestionContent;
import app.scorecard.questionbank.QuestionKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A category of one version. Changes only while its version is a draft. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private QuestionSetVersion version;

    @Column(name = "category_key", nullable = false)
    private String key;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Category() {}

    Category(QuestionSetVersion version, String key, String name, String description, BigDecimal weight, int position) {
        this.version = version;
        this.key = key;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.position = position;
    }

    public Question addQuestion(
            String key,
            String text,
            QuestionKind kind,
            String excellencePole,
            String mediocrityPole,
            boolean reverse,
            BigDecimal weight,
            Guidance guidance,
            Integer mustHaveThreshold,
            int trendSince) {
        version.requireDraft();
        Question question = new Question(
                this,
                key,
                text,
                kind,
                excellencePole,
                mediocrityPole,
                reverse,
                weight,
                guidance,
                mustHaveThreshold,
                trendSince,
                questions.size());
        questions.add(question);
        return question;
    }

    /** Adds a question that is not a must-have. */
    public Question addQuestion(
            String key,
            String text,
            QuestionKind kind,
            String excellencePole,
            String mediocrityPole,
            boolean reverse,
            BigDecimal weight,
            Guidance guidance,
            int trendSince) {
        return addQuestion(
                key, text, kind, excellencePole, mediocrityPole, reverse, weight, guidance, null, trendSince);
    }

    /** Adds a question at the end of this category. */
    public Question addQuestion(String key, QuestionContent content, int trendSince) {
        return addQuestion(
                key,
                content.text(),
                content.kind(),
                content.excellencePole(),
                content.mediocrityPole(),
                content.reverse(),
                content.weight(),
                content.guidance(),
                content.mustHaveThreshold(),
                trendSince);
    }

    public void update(String name, String description, BigDecimal weight) {
        version.requireDraft();
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.getKey().equals(key)).findFirst();
    }

    /** Swaps a question with its neighbour above ({@code -1}) or below ({@code +1}); nothing at either end. */
    public boolean moveQuestion(String key, int step) {
        version.requireDraft();
        return Positions.move(questions, key, step, Question::getKey, Question::moveTo);
    }

    public void removeQuestion(String key) {
        version.requireDraft();
        questions.removeIf(q -> q.getKey().equals(key));
        Positions.renumber(questions, Question::moveTo);
    }

    /** Changes everything of a question but its key. */
    public void updateQuestion(String key, QuestionContent content, int trendSince) {
        question(key).orElseThrow().update(content, trendSince);
    }

    void moveTo(int position) {
        this.position = position;
    }

    CategoryDefinition toDefinition() {
        return new CategoryDefinition(
                key,
                name,
                description,
                Weights.normalized(weight),
                questions.stream().map(Question::toDefinition).toList());
    }

    QuestionSetVersion version() {
        return version;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
