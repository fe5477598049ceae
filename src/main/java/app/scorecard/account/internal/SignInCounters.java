package app.scorecard.account.internal;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of {@link SignInThrottle}, in table {@code sign_in_throttle}. Every change is one statement that reads
 * and writes the row at once ({@code failures = failures + 1}), so instances counting at the same moment all count;
 * a row is inserted only when there is none, and an insert that loses the race to another instance's becomes an
 * update. The statements run on H2 and PostgreSQL alike.
 */
@Component
public class SignInCounters {

    private static final int INSERT_ATTEMPTS = 3;

    private final JdbcClient jdbc;

    SignInCounters(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Adds a failure to the key's run; a run that started {@code window} ago or earlier starts anew.
     *
     * @return the failures of the run, this one included
     */
    public int countFailure(String key, @Nullable String accountKey, Instant now, Duration window) {
        for (int attempt = 1; ; attempt++) {
            int updated = jdbc.sql("""
                            update sign_in_throttle set
                                failures = case when window_start <= :floor then 1 else failures + 1 end,
                                window_start = case when window_start <= :floor then :now else window_start end,
                                expires_at = case when expires_at < :expires then :expires else expires_at end
                            where throttle_key = :key""")
                    .param("floor", at(now.minus(window)))
                    .param("now", at(now))
                    .param("expires", at(now.plus(window)))
                    .param("key", key)
                    .update();
            if (updated > 0) {
                return jdbc.sql("select failures from sign_in_throttle where throttle_key = :key")
                        .param("key", key)
                        .query(Integer.class)
                        .optional()
                        .orElse(1);
            }
            try {
                insert(key, accountKey, 1, now, now.plus(window));
                return 1;
            } catch (DuplicateKeyException e) {
                if (attempt == INSERT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Locks the key until {@code until} and starts its count anew, if its run reached {@code failures} (only one of
     * several instances that see the limit reached at once does it).
     */
    public void lock(String key, int failures, Instant now, Instant until) {
        jdbc.sql("""
                        update sign_in_throttle set
                            locked_until = :until, failures = 0, window_start = :now,
                            expires_at = case when expires_at < :until then :until else expires_at end
                        where throttle_key = :key and failures >= :failures""")
                .param("until", at(until))
                .param("now", at(now))
                .param("key", key)
                .param("failures", failures)
                .update();
    }

    /** Holds the key back until {@code until}, unless it is held back longer already. */
    void holdBack(String key, Instant until) {
        jdbc.sql("""
                        update sign_in_throttle set
                            locked_until = :until,
                            expires_at = case when expires_at < :until then :until else expires_at end
                        where throttle_key = :key and (locked_until is null or locked_until < :until)""").param("until", at(until)).param("key", key).update();
    }

    /** Keeps a row without failures until {@code until}: that something happened (a successful sign-in). */
    void remember(String key, Instant now, Instant until) {
        int updated = jdbc.sql("update sign_in_throttle set expires_at = :until where throttle_key = :key")
                .param("until", at(until))
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                insert(key, null, 0, now, until);
            } catch (DuplicateKeyException e) {
                // another instance remembered it at the same moment
            }
        }
    }

    /** Which of these keys have a row, each with the time it is locked until (in the past when not locked). */
    public Map<String, Instant> find(Collection<String> keys) {
        return jdbc
                .sql("select throttle_key, locked_until from sign_in_throttle where throttle_key in (:keys)")
                .param("keys", keys)
                .query((rs, row) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return Map.entry(
                            rs.getString("throttle_key"),
                            lockedUntil == null ? Instant.EPOCH : lockedUntil.toInstant());
                })
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Until when any row of the account (from anywhere, or at one address) is locked, if one is. */
    public Optional<Instant> lockedUntil(String accountKey, Instant now) {
        return jdbc
                .sql("""
                        select locked_until from sign_in_throttle
                        where account_key = :accountKey and locked_until > :now""")
                .param("accountKey", accountKey)
                .param("now", at(now))
                .query(OffsetDateTime.class)
                .list()
                .stream()
                .map(OffsetDateTime::toInstant)
                .max(Instant::compareTo);
    }

    void forget(String key) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }

    /** @return the rows deleted: every count and lock of the account */
    public int forgetAccount(String accountKey) {
        return jdbc.sql("delete from sign_in_throttle where account_key = :accountKey")
                .param("accountKey", accountKey)
                .update();
    }

    /** @return the rows deleted: those that neither count nor lock any more */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from sign_in_throttle where expires_at < :now")
                .param("now", at(now))
                .update();
    }

    private void insert(String key, @Nullable String accountKey, int failures, Instant now, Instant expires) {
        jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, account_key, failures, window_start, expires_at)
                        values (:key, :accountKey, :failures, :now, :expires)""")
                .param("key", key)
                .param("accountKey", accountKey, Types.CHAR)
                .param("failures", failures)
                .param("now", at(now))
                .param("expires", at(expires))
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
