package app.scorecard.assessment;

import app.scorecard.account.Viewer;
import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.results.FinishedRound;
import app.scorecard.results.RoundHistory;
import app.scorecard.results.RoundMode;
import app.scorecard.results.RoundResults;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual answers, only where the viewer may see them: a self-assessment's answers for the people who may see its
 * scorecard (they are its manager's own), and a finished team round's for admins — only when its recorded result is
 * shown, exactly the responses that result counted, never with names, in a shuffled order, numbered 1, 2, 3… afresh
 * for every export.
 */
@Service
@Transactional(readOnly = true)
public class RawAnswers {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final RoundHistory history;
    private final RoundResults results;
    private final SecureRandom shuffle = new SecureRandom();

    RawAnswers(RoundAccess access, ResponseRepository responses, RoundHistory history, RoundResults results) {
        this.access = access;
        this.responses = responses;
        this.history = history;
        this.results = results;
    }

    /**
     * Whether the round asks for targets, so that its answers have a target beside each value.
     *
     * @throws RoundNotFoundException when the viewer may not see the round
     */
    public boolean asksTargets(long roundId, Viewer viewer) {
        return access.visible(roundId, viewer).round().asksTargets();
    }

    /** One respondent's answers, known only by a number. */
    public record Respondent(int number, Map<String, Answer> answers) {}

    /**
     * @throws RoundNotFoundException when the viewer may not see the round
     * @throws app.scorecard.results.ResultNotFoundException when it is not finished
     * @throws AccessDeniedException for a team round, to anyone but an admin, or when its results are not shown
     */
    public List<Respondent> of(long roundId, Viewer viewer) {
        VisibleRound visible = access.visible(roundId, viewer);
        FinishedRound result = history.of(roundId, viewer);
        if (visible.round().getMode() == RoundMode.TEAM && (!viewer.admin() || !result.shown())) {
            throw new AccessDeniedException("Individual answers of a team round are for admins, above the minimum");
        }
        Set<Long> countedIds = new HashSet<>(results.countedResponses(roundId)
                .orElseThrow(() -> new AccessDeniedException(
                        "This result was kept from before results were records, without its individual answers")));
        List<Response> counted = new ArrayList<>(responses.findByRoundId(roundId).stream()
                .filter(response -> countedIds.contains(response.getId()))
                .toList());
        Collections.shuffle(counted, shuffle);
        List<Respondent> rows = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            rows.add(new Respondent(i + 1, Map.copyOf(counted.get(i).getAnswers())));
        }
        return rows;
    }
}
