package app.scorecard.questionbank.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    Optional<QuestionSet> findByKey(String key);

    boolean existsByKey(String key);
}
