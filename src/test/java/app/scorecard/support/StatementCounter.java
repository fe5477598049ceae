package app.scorecard.support;

import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread, so a test measures what one request costs and
 * not what the scheduler (closing rounds, sending mail) runs at the same moment on its own threads.
 */
@Component
public class StatementCounter implements StatementInspector, HibernatePropertiesCustomizer {

    private static final ThreadLocal<long[]> PREPARED = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        PREPARED.get()[0]++;
        return sql;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    /** Starts counting again from zero on this thread. */
    public void reset() {
        PREPARED.get()[0] = 0;
    }

    /** The statements prepared on this thread since the last {@link #reset()}. */
    public long onThisThread() {
        return PREPARED.get()[0];
    }
}
