package app.scorecard.assessment;

import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.results.ResultVerifier;
import app.scorecard.results.ResultVerifier.Check;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every stored result from the answers behind it — with the rules version, anonymity minimum and
 * manager-held setting each record says it was computed under — and every response's scores, and reports any
 * difference ({@link ResultVerifier}). A record somebody changed in the database, or code that no longer computes what
 * it computed, shows up here.
 */
@Service
public class ResultVerification {

    private final ResultVerifier verifier;
    private final RoundRepository rounds;
    private final RoundFinisher finisher;
    private final QuestionBank questionBank;
    private final TransactionTemplate transaction;

    ResultVerification(
            ResultVerifier verifier,
            RoundRepository rounds,
            RoundFinisher finisher,
            QuestionBank questionBank,
            TransactionTemplate transaction) {
        this.verifier = verifier;
        this.rounds = rounds;
        this.finisher = finisher;
        this.questionBank = questionBank;
        this.transaction = transaction;
    }

    /** Every stored result's check, in the order the rounds finished. One read-only transaction per round. */
    public List<Check> checkAll() {
        List<Check> checks = new ArrayList<>();
        for (long roundId : verifier.recordedRounds()) {
            checks.add(check(roundId));
        }
        return checks;
    }

    /** One round's check. */
    public Check check(long roundId) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Round round = rounds.findById(roundId).orElse(null);
            if (round == null) {
                return new Check(roundId, false, List.of("round " + roundId + ": the round itself is missing"));
            }
            return verifier.check(
                    roundId, questionBank.definition(round.getVersionId()).scoringModel(), finisher.submitted(round));
        });
    }
}
