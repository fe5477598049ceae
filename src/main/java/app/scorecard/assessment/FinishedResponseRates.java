package app.scorecard.assessment;

import app.scorecard.assessment.internal.RoundRepository;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response rates of finished team rounds, as each kept them when it closed: for a history of many rounds in one
 * statement. Rounds closed before rates were kept, and self-assessments, have none.
 */
@Service
@Transactional(readOnly = true)
public class FinishedResponseRates {

    private final RoundRepository rounds;

    FinishedResponseRates(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /**
     * @param countedByRound per round id, the answers its recorded result counts
     * @return per round id that kept its rate
     */
    public Map<Long, ResponseRate> of(Map<Long, Long> countedByRound) {
        Map<Long, ResponseRate> rates = new HashMap<>();
        if (countedByRound.isEmpty()) {
            return rates;
        }
        for (Object[] row : rounds.findNotAnsweredAtClose(countedByRound.keySet())) {
            long id = (Long) row[0];
            long counted = countedByRound.get(id);
            rates.put(id, new ResponseRate(counted, counted + ((Number) row[1]).longValue()));
        }
        return rates;
    }
}
