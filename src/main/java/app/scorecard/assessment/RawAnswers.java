package app.scorecard.assessment;

import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.RoundResultRepository;
import app.scorecard.team.TeamView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual answers, only where the viewer may see them: a self-assessment's answers for the people who may see its
 * scorecard (they are its manager's own), and a finished team round's for admins — only when the round met the
 * anonymity minimum, never with names, in a shuffled order, numbered 1, 2, 3… afresh for every export.
 */
@Service
@Transactional(readOnly = true)
public class RawAnswers {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final RoundResultRepository results;
    private final SecureRandom shuffle = new SecureRandom();

    RawAnswers(RoundAccess access, ResponseRepository responses, RoundResultRepository results) {
        this.access = access;
        this.responses = responses;
        this.results = results;
    }

    /** One respondent's answers, known only by a number. */
    public record Respondent(int number, Map<String, Answer> answers) {}

    /**
     * @throws RoundNotFoundException when the viewer may not see the round, or it is not finished
     * @throws AccessDeniedException for a team round, to anyone but an admin, or below the anonymity minimum
     */
    public List<Respondent> of(long roundId, Viewer viewer) {
        VisibleRound visible = access.visible(roundId, viewer);
        var result = results.findById(roundId).orElseThrow(() -> new RoundNotFoundException("finished round", roundId));
        List<Response> counted = new ArrayList<>(responses.findByRoundId(roundId).stream()
                .filter(Response::isSubmitted)
                .filter(response -> visible.round().accepts(response.getSubmittedAt()))
                .filter(response -> counts(visible, response))
                .toList());
        if (visible.round().getMode() == RoundMode.TEAM && (!viewer.admin() || !result.isShown())) {
            throw new AccessDeniedException("Individual answers of a team round are for admins, above the minimum");
        }
        Collections.shuffle(counted, shuffle);
        List<Respondent> rows = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            rows.add(new Respondent(i + 1, Map.copyOf(counted.get(i).getAnswers())));
        }
        return rows;
    }

    /** The same people the round's results count: its manager for a self-assessment, the members for a team round. */
    private static boolean counts(VisibleRound visible, Response response) {
        if (visible.round().getMode() == RoundMode.SELF) {
            return response.isRespondent(visible.round().getCreatedBy());
        }
        TeamView team = visible.team();
        return response.getAccountId() == null || !team.isManagedBy(response.getAccountId());
    }
}
