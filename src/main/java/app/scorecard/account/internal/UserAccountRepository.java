package app.scorecard.account.internal;

import app.scorecard.account.Role;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findBySsoIssuerAndSsoSubject(String issuer, String subject);

    /** @param email lower case */
    Optional<UserAccount> findByEmail(String email);

    /** Roles come in one more query for the whole page (batch fetching), not one per account. */
    List<UserAccount> findAllByOrderByUsername();

    /**
     * Active accounts whose username or name contains the pattern (lower case, {@code !} escaping {@code %}, {@code _}
     * and itself), leaving out the given ids, by name; as many as the page asks for.
     */
    @Query("""
            select a from UserAccount a
            where a.enabled = true and a.id not in :excluded
              and (lower(a.username) like :pattern escape '!' or lower(a.displayName) like :pattern escape '!')
            order by lower(a.displayName), a.username""")
    List<UserAccount> searchActive(String pattern, Collection<Long> excluded, Pageable page);

    @Query("select a.id from UserAccount a join a.roles r where r = :role and a.enabled = true")
    List<Long> findActiveIdsWithRole(Role role);

    /**
     * Keeps the language a person chose, without touching the account's version: it is no edit an admin's open form
     * should be refused for.
     *
     * @param language a tag such as {@code de}
     * @return how many accounts changed (0 or 1)
     */
    @Modifying
    @Query("update UserAccount a set a.preferredLanguage = :language where a.id = :id")
    int updateLanguage(long id, String language);

    /** Locks these accounts' rows until the transaction ends: a change that could leave no admin waits for another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.id in :ids order by a.id") // one order: two changes cannot deadlock
    List<UserAccount> lockAll(Collection<Long> ids);
}
