package app.scorecard.questionbank.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question set: the stable identity (its key) that all of its versions share. */
@Entity
@Table(name = "question_set")
public class QuestionSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "set_key", nullable = false, unique = true, updatable = false)
    private String key;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected QuestionSet() {}

    public QuestionSet(String key, Instant createdAt) {
        this.key = key;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** No new rounds on a retired set; running rounds, past rounds and results stay as they are. */
    public boolean isRetired() {
        return retiredAt != null;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    public void restore() {
        retiredAt = null;
    }
}
