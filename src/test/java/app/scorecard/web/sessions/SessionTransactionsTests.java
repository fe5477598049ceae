package app.scorecard.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** A session is read without a transaction; everything else Spring Session does keeps one. */
class SessionTransactionsTests {

    private final List<String> began = new ArrayList<>();
    private final SessionTransactions transactions = new SessionTransactions(new TransactionOperations() {
        @Override
        public <T> T execute(TransactionCallback<T> action) {
            began.add(current);
            return action.doInTransaction(null);
        }
    });
    private String current = "";

    /** Stands for Spring Session's JDBC repository: each of its operations runs in {@code transactions}. */
    private final SessionRepository<MapSession> stored = new SessionRepository<>() {
        private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            current = "save";
            transactions.executeWithoutResult(status -> sessions.save(session));
        }

        @Override
        public MapSession findById(String id) {
            current = "find";
            return transactions.execute(status -> sessions.findById(id));
        }

        @Override
        public void deleteById(String id) {
            current = "delete";
            transactions.executeWithoutResult(status -> sessions.deleteById(id));
        }
    };

    private final SessionRepository<MapSession> sessions = transactions.readingWithoutTransaction(stored);

    @Test
    void readsASessionWithoutATransactionAndWritesInOne() {
        MapSession session = sessions.createSession();
        session.setAttribute("notice", "saved");
        sessions.save(session);

        assertThat(sessions.findById(session.getId()).<String>getAttribute("notice"))
                .isEqualTo("saved");
        assertThat(sessions.findById("unknown")).isNull();
        sessions.deleteById(session.getId());

        assertThat(began).containsExactly("save", "delete");
    }

    @Test
    void aTransactionAfterAReadIsATransactionAgain() {
        MapSession session = sessions.createSession();
        sessions.save(session);
        sessions.findById(session.getId());

        current = "after";
        transactions.executeWithoutResult(status -> {});

        assertThat(began).containsExactly("save", "after");
    }
}
