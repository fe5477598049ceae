package app.scorecard.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token and its account in one statement (the account's roles in a second): what every API call costs. */
    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :tokenHash")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select t from ApiToken t join fetch t.owner where t.id = :id")
    Optional<ApiToken> findWithOwner(long id);

    @Query("""
            select t from ApiToken t join fetch t.owner
            where t.owner.id = :accountId and t.revokedAt is null
            order by t.createdAt desc, t.id desc""")
    List<ApiToken> findActiveOf(long accountId);

    @Query("""
            select count(t) from ApiToken t
            where t.owner.id = :accountId and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)""")
    long countUsableOf(long accountId, Instant now);

    @Query("""
            select t from ApiToken t join fetch t.owner o
            where t.revokedAt is null
            order by o.username, t.createdAt desc, t.id desc""")
    List<ApiToken> findAllActive();

    /**
     * Notes a use, unless one was noted since {@code notBefore}: a token called many times a minute costs one write a
     * minute, and two calls at once cannot clash (no version check: the latest moment wins).
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
    int recordUse(long id, Instant now, Instant notBefore);
}
