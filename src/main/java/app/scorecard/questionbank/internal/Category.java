package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.Guidance;
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
            Guidance guidance) {
        version.requireDraft();
        Question question = new Question(
                this, key, text, kind, excellencePole, mediocrityPole, reverse, weight, guidance, questions.size());
        questions.add(question);
        return question;
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

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
