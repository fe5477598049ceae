package app.scorecard.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SetupCodeRepository extends JpaRepository<SetupCode, Long> {

    /** @return how many rows went: 0 when another request used the code first */
    @Modifying
    @Query("delete from SetupCode c where c.id = :id")
    int deleteByIdCounting(long id);
}
