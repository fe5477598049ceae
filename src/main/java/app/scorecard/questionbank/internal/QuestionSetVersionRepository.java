package app.scorecard.questionbank.internal;

import app.scorecard.questionbank.QuestionSetSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionSetVersionRepository extends JpaRepository<QuestionSetVersion, Long> {

    /**
     * Every set with a published version: its key and the title, number and id of its latest published version. Retired
     * sets are left out unless asked for.
     */
    @Query("""
            select new app.scorecard.questionbank.QuestionSetSummary(s.key, v.title, v.number, v.id)
            from QuestionSetVersion v join v.questionSet s
            where v.status = app.scorecard.questionbank.internal.VersionStatus.PUBLISHED
              and (:withRetired = true or s.retiredAt is null)
              and v.number = (select max(w.number) from QuestionSetVersion w
                              where w.questionSet = s and w.status = app.scorecard.questionbank.internal.VersionStatus.PUBLISHED)
            order by s.key
            """)
    List<QuestionSetSummary> findPublishedSummaries(boolean withRetired);

    /** As {@link #findPublishedSummaries(boolean)}, each title in a language where the version has it in that language. */
    @Query("""
            select new app.scorecard.questionbank.QuestionSetSummary(s.key, coalesce(t.text, v.title), v.number, v.id)
            from QuestionSetVersion v join v.questionSet s
              left join v.translations t on t.language = :language and t.key = 'title'
            where v.status = app.scorecard.questionbank.internal.VersionStatus.PUBLISHED
              and (:withRetired = true or s.retiredAt is null)
              and v.number = (select max(w.number) from QuestionSetVersion w
                              where w.questionSet = s and w.status = app.scorecard.questionbank.internal.VersionStatus.PUBLISHED)
            order by s.key
            """)
    List<QuestionSetSummary> findPublishedSummaries(boolean withRetired, String language);

    @Query("""
            select v.id from QuestionSetVersion v
            where v.questionSet.key = :key and v.status = app.scorecard.questionbank.internal.VersionStatus.PUBLISHED
            order by v.number desc
            limit 1
            """)
    Optional<Long> findLatestPublishedId(String key);

    /** A published or retired version by number; drafts are never found here. */
    @Query("""
            select v.id from QuestionSetVersion v
            where v.questionSet.key = :key and v.number = :number
              and v.status <> app.scorecard.questionbank.internal.VersionStatus.DRAFT
            """)
    Optional<Long> findFrozenId(String key, int number);

    @Query("""
            select count(v) > 0 from QuestionSetVersion v
            where v.questionSet.key = :key and v.status <> app.scorecard.questionbank.internal.VersionStatus.DRAFT
            """)
    boolean existsReleased(String key);

    /** The version with its set and categories; questions and bands follow in one batch query each. */
    @Query("""
            select v from QuestionSetVersion v join fetch v.questionSet left join fetch v.categories
            where v.id = :id
            """)
    Optional<QuestionSetVersion> findWithContentById(long id);

    /** The open draft of a set, if there is one (there is at most one). */
    @Query("""
            select v from QuestionSetVersion v join fetch v.questionSet
            where v.questionSet.key = :key and v.status = app.scorecard.questionbank.internal.VersionStatus.DRAFT
            """)
    Optional<QuestionSetVersion> findDraft(String key);

    @Query("select coalesce(max(v.number), 0) from QuestionSetVersion v where v.questionSet = :set")
    int findHighestNumber(QuestionSet set);

    /** Every version of every set, with its set: the admin's overview in one statement. */
    @Query("select v from QuestionSetVersion v join fetch v.questionSet s order by s.key, v.number")
    List<QuestionSetVersion> findAllWithSet();

    /** Any version of a set by number, drafts included: for admins. */
    @Query("select v.id from QuestionSetVersion v where v.questionSet.key = :key and v.number = :number")
    Optional<Long> findIdByKeyAndNumber(String key, int number);
}
