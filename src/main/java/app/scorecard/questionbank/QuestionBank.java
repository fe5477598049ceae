package app.scorecard.questionbank;

import app.scorecard.questionbank.internal.QuestionSet;
import app.scorecard.questionbank.internal.QuestionSetRepository;
import app.scorecard.questionbank.internal.QuestionSetVersion;
import app.scorecard.questionbank.internal.QuestionSetVersionRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the question bank. Published and retired versions never change, so their definitions are kept in memory once
 * loaded: showing or scoring a question set costs one small query to find the version, not one per question.
 */
@Service
@Transactional(readOnly = true)
public class QuestionBank {

    private final QuestionSetVersionRepository versions;
    private final QuestionSetRepository sets;
    private final Map<Long, QuestionSetDefinition> frozenDefinitions = new ConcurrentHashMap<>();

    QuestionBank(QuestionSetVersionRepository versions, QuestionSetRepository sets) {
        this.versions = versions;
        this.sets = sets;
    }

    /** Every question set that has a published version and is not retired, by key: what new rounds can use. */
    public List<QuestionSetSummary> publishedSets() {
        return versions.findPublishedSummaries(false);
    }

    /** Every question set that has a published version, retired ones too: what past results can be about. */
    public List<QuestionSetSummary> releasedSets() {
        return versions.findPublishedSummaries(true);
    }

    /** As {@link #releasedSets()}, with each title in the reader's language where the version has it: one statement. */
    public List<QuestionSetSummary> releasedSets(Locale reader) {
        String language = Translations.languageOf(reader);
        return language.equals(Translations.ENGLISH) ? releasedSets() : versions.findPublishedSummaries(true, language);
    }

    /**
     * The latest published version of a set, for a new round.
     *
     * @throws QuestionSetNotFoundException when the set does not exist or has no published version
     * @throws QuestionSetRetiredException when the set is retired
     */
    public QuestionSetDefinition forNewRound(String key) {
        QuestionSetDefinition latest = latestPublished(key);
        if (sets.findByKey(key).map(QuestionSet::isRetired).orElse(false)) {
            throw new QuestionSetRetiredException(key);
        }
        return latest;
    }

    /**
     * The latest published version of a set.
     *
     * @throws QuestionSetNotFoundException when the set does not exist or has no published version
     */
    public QuestionSetDefinition latestPublished(String key) {
        return versions.findLatestPublishedId(key)
                .map(this::definition)
                .orElseThrow(() -> new QuestionSetNotFoundException(key));
    }

    /** A released (published or retired) version by its number; drafts are not returned. */
    public Optional<QuestionSetDefinition> findVersion(String key, int number) {
        return versions.findFrozenId(key, number).map(this::definition);
    }

    /**
     * Checks that a set has at least one released (published or retired) version.
     *
     * @throws QuestionSetNotFoundException otherwise
     */
    public void requireReleased(String key) {
        if (!versions.existsReleased(key)) {
            throw new QuestionSetNotFoundException(key);
        }
    }

    /** A frozen version's definition if it is in memory, without touching the database (not even a connection). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<QuestionSetDefinition> cachedDefinition(long versionId) {
        return Optional.ofNullable(frozenDefinitions.get(versionId));
    }

    /**
     * The definition of a version by its id, whatever its status. Drafts are read afresh each time; frozen versions
     * are cached.
     */
    public QuestionSetDefinition definition(long versionId) {
        QuestionSetDefinition cached = frozenDefinitions.get(versionId);
        if (cached != null) {
            return cached;
        }
        QuestionSetVersion version = versions.findWithContentById(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No question-set version with id " + versionId));
        QuestionSetDefinition definition = version.toDefinition();
        if (version.getStatus().isFrozen()) {
            // Only once committed: a version read inside a transaction that rolls back may not be frozen after all.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    frozenDefinitions.putIfAbsent(versionId, definition);
                }
            });
        }
        return definition;
    }
}
