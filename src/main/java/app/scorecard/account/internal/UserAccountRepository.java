package app.scorecard.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Roles come in one more query for the whole page (batch fetching), not one per account. */
    List<UserAccount> findAllByOrderByUsername();
}
