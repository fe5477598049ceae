package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.CategoryDefinition;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.questionbank.Translations;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a question set. A draft can be changed; once published it is frozen for good, so every response that
 * points at it can always be shown and scored exactly as it was answered.
 */
@Entity
@Table(name = "question_set_version")
public class QuestionSetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_set_id", nullable = false, updatable = false)
    private QuestionSet questionSet;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private VersionStatus status;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "intro")
    private String intro;

    @ElementCollection
    @CollectionTable(name = "score_band", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("minScore")
    private List<ScoreBand> bands = new ArrayList<>();

    /** The label of the band results are capped at while a must-have is not met; null for the second-lowest. */
    @Column(name = "cap_band")
    private String capBand;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Category> categories = new ArrayList<>();

    /** Its texts in the languages beside English, each by its text key ({@link TranslatableText}). */
    @ElementCollection
    @CollectionTable(name = "translated_text", joinColumns = @JoinColumn(name = "version_id"))
    private Set<TranslatedText> translations = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected QuestionSetVersion() {}

    private QuestionSetVersion(QuestionSet questionSet, int number, String title, String intro, Instant createdAt) {
        this.questionSet = questionSet;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.title = title;
        this.intro = intro;
        this.createdAt = createdAt;
    }

    public static QuestionSetVersion draft(
            QuestionSet questionSet, int number, String title, String intro, List<ScoreBand> bands, Instant now) {
        QuestionSetVersion version = new QuestionSetVersion(questionSet, number, title, intro, now);
        version.bands.addAll(bands);
        return version;
    }

    public Category addCategory(String key, String name, String description, BigDecimal weight) {
        requireDraft();
        Category category = new Category(this, key, name, description, weight, categories.size());
        categories.add(category);
        return category;
    }

    /** Freezes this draft. It must have at least one category, and every category at least one question. */
    public void publish(Instant now) {
        requireDraft();
        if (categories.isEmpty()
                || categories.stream().anyMatch(c -> c.getQuestions().isEmpty())) {
            throw new IllegalStateException("A version needs at least one category, each with at least one question.");
        }
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = now;
    }

    /**
     * A new draft with everything this version holds: its texts, bands, categories and questions with their keys,
     * weights and trend marks.
     */
    public QuestionSetVersion copyAsDraft(int newNumber, Instant now) {
        QuestionSetVersion draft = draft(
                questionSet,
                newNumber,
                title,
                intro,
                bands.stream()
                        .map(band -> new ScoreBand(band.getMinScore(), band.getLabel()))
                        .toList(),
                now);
        draft.capBand = capBand;
        draft.translations.addAll(translations.stream()
                .map(text -> new TranslatedText(text.language(), text.key(), text.text()))
                .toList());
        for (Category category : categories) {
            Category copy = draft.addCategory(
                    category.getKey(), category.getName(), category.getDescription(), category.getWeight());
            for (Question question : category.getQuestions()) {
                copy.addQuestion(question.getKey(), question.content(), question.trendSince());
            }
        }
        return draft;
    }

    public void updateDetails(String title, String intro) {
        requireDraft();
        this.title = title;
        this.intro = intro;
    }

    /** New bands; a cap band that is not among them any more goes back to the default (the second-lowest). */
    public void replaceBands(List<ScoreBand> newBands) {
        requireDraft();
        bands.clear();
        bands.addAll(newBands);
        if (capBand != null
                && newBands.stream().noneMatch(band -> band.getLabel().equals(capBand))) {
            capBand = null;
        }
    }

    /**
     * The band results are capped at while a must-have is not met: one of this version's bands, or {@code null} for
     * the default, the second-lowest.
     */
    public void changeCapBand(String label) {
        requireDraft();
        if (label != null && bands.stream().noneMatch(band -> band.getLabel().equals(label))) {
            throw new IllegalArgumentException("The cap band " + label + " is not one of the bands");
        }
        this.capBand = label;
    }

    /**
     * Replaces the texts of one language beside English: a text left out reads in English from now on.
     *
     * @param texts by text key ({@link TranslatableText}), each checked by the caller
     */
    public void replaceTranslations(String language, Map<String, String> texts) {
        requireDraft();
        if (!Translations.isTranslatedLanguage(language)) {
            throw new IllegalArgumentException("Not a language the bank is translated into: " + language);
        }
        Set<TranslatedText> wanted = new HashSet<>();
        texts.forEach((key, text) -> wanted.add(new TranslatedText(language, key, text)));
        // only the rows that change are deleted or inserted
        translations.removeIf(text -> text.language().equals(language) && !wanted.contains(text));
        translations.addAll(wanted);
    }

    /**
     * Forgets the translations of texts the draft no longer has — a removed question or category, a band that moved,
     * poles of a question that is no longer either/or — so that nothing comes back with a text of the same key later.
     */
    public void forgetTranslationsOfRemovedTexts() {
        requireDraft();
        Set<String> keys = new HashSet<>();
        TranslatableText.of(toDefinition()).forEach(text -> keys.add(text.key()));
        translations.removeIf(text -> !keys.contains(text.key()));
    }

    public Translations translations() {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (TranslatedText text : translations) {
            byLanguage
                    .computeIfAbsent(text.language(), language -> new LinkedHashMap<>())
                    .put(text.key(), text.text());
        }
        return new Translations(byLanguage);
    }

    public String getCapBand() {
        return capBand;
    }

    public Optional<Category> category(String key) {
        return categories.stream().filter(c -> c.getKey().equals(key)).findFirst();
    }

    /** The category holding a question with this key, if any. */
    public Optional<Category> categoryOfQuestion(String questionKey) {
        return categories.stream()
                .filter(c -> c.question(questionKey).isPresent())
                .findFirst();
    }

    /** Swaps a category with its neighbour above ({@code -1}) or below ({@code +1}); nothing at either end. */
    public boolean moveCategory(String key, int step) {
        requireDraft();
        return Positions.move(categories, key, step, Category::getKey, Category::moveTo);
    }

    public void removeCategory(String key) {
        requireDraft();
        categories.removeIf(c -> c.getKey().equals(key));
        Positions.renumber(categories, Category::moveTo);
    }

    /** Makes the next flush raise the lock version, so a change to a category or question counts as a change here. */
    public void touch(Instant now) {
        requireDraft();
        this.updatedAt = now;
    }

    void requireDraft() {
        if (status.isFrozen()) {
            throw new VersionNotEditableException(questionSet.getKey(), number);
        }
    }

    public QuestionSetDefinition toDefinition() {
        List<CategoryDefinition> categoryDefinitions =
                categories.stream().map(Category::toDefinition).toList();
        return new QuestionSetDefinition(
                id,
                questionSet.getKey(),
                number,
                title,
                intro,
                categoryDefinitions,
                bands.stream().map(ScoreBand::toBand).toList(),
                capBand,
                translations());
    }

    public Long getId() {
        return id;
    }

    public QuestionSet getQuestionSet() {
        return questionSet;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getIntro() {
        return intro;
    }

    public List<ScoreBand> getBands() {
        return Collections.unmodifiableList(bands);
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Category> getCategories() {
        return Collections.unmodifiableList(categories);
    }
}
