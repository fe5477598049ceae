package app.scorecard.web.sessions;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's transactions, except around reading a session. Reading one is a single SELECT, consistent by
 * itself; in a transaction of its own it also costs a BEGIN and a COMMIT — a round trip to the database and a
 * connection's reset on every signed-in request. Saving a session (a row and its attributes) keeps its transaction,
 * as does everything else Spring Session does.
 */
final class SessionTransactions implements TransactionOperations {

    private final ThreadLocal<Boolean> reading = ThreadLocal.withInitial(() -> false);
    private final TransactionOperations transactions;

    SessionTransactions(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
        if (reading.get()) {
            return action.doInTransaction(new SimpleTransactionStatus(false));
        }
        return transactions.execute(action);
    }

    /**
     * {@code repository}, reading each session by a statement of its own (a session found expired is deleted by one
     * more). The repository must run its work through these transactions.
     */
    <S extends Session> SessionRepository<S> readingWithoutTransaction(SessionRepository<S> repository) {
        return new SessionRepository<>() {

            @Override
            public S createSession() {
                return repository.createSession();
            }

            @Override
            public void save(S session) {
                repository.save(session);
            }

            @Override
            public @Nullable S findById(String id) {
                if (reading.get()) {
                    return repository.findById(id);
                }
                reading.set(true);
                try {
                    return repository.findById(id);
                } finally {
                    reading.remove();
                }
            }

            @Override
            public void deleteById(String id) {
                repository.deleteById(id);
            }
        };
    }
}
