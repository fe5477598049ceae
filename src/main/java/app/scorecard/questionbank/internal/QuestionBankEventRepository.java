package app.scorecard.questionbank.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionBankEventRepository extends JpaRepository<QuestionBankEvent, Long> {

    /** A set's log, newest first. */
    List<QuestionBankEvent> findBySetKeyOrderByIdDesc(String setKey);

    /** What was done to one draft from the given lock version on, oldest first: what a conflicting edit missed. */
    List<QuestionBankEvent> findBySetKeyAndVersionNumberAndLockVersionGreaterThanEqualOrderByIdAsc(
            String setKey, int versionNumber, long lockVersion);
}
