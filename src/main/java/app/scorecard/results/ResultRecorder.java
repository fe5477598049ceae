package app.scorecard.results;

import app.scorecard.results.internal.RoundResult;
import app.scorecard.results.internal.RoundResultRepository;
import app.scorecard.scoring.Scorecard;
import app.scorecard.scoring.ScoringModel;
import app.scorecard.scoring.ScoringService;
import io.micrometer.core.instrument.Timer;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a round's result once, when it finishes — a self-assessment when its one response is submitted, a team round
 * when it closes — in the transaction that finishes it. From then on every page, export and API answer reads the
 * record; nothing about a finished round is computed again.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ResultRecorder {

    private final RoundResultRepository results;
    private final AnonymityPolicy anonymity;
    private final Timer scoringTime;
    private final SecureRandom shuffle = new SecureRandom();

    ResultRecorder(RoundResultRepository results, AnonymityPolicy anonymity, AnswerScoring scoring) {
        this.results = results;
        this.anonymity = anonymity;
        this.scoringTime = scoring.timer();
    }

    /**
     * A self-assessment's result: the scorecard its response got when it was submitted, kept as it is, and its targets
     * scored by the same rules when its round asked them.
     */
    public void recordSelfAssessment(
            FinishedRoundFacts round, ScoringModel model, Scorecard card, SubmittedResponse response) {
        if (results.existsById(round.roundId())) {
            return;
        }
        Scorecard target =
                scoringTime.record(() -> new ResultCalculator(ScoringService.RULES_VERSION).targetOf(model, response));
        results.save(RoundResult.of(
                round,
                ResultCalculator.selfAssessment(card, target, response),
                ScoringService.RULES_VERSION,
                anonymity.minimum(),
                false));
    }

    /**
     * A team round's result, under today's anonymity minimum and the round's own setting for manager-held links (fixed
     * when it started). Recording a round twice changes nothing: closing twice finds the record; two closings at once
     * are kept apart by the round's version, and the record's key refuses a second insert.
     *
     * @param submitted every response submitted while the round was open
     */
    public void recordTeamRound(FinishedRoundFacts round, ScoringModel model, List<SubmittedResponse> submitted) {
        if (results.existsById(round.roundId())) {
            return;
        }
        CalculatedResult result = scoringTime.record(() -> new ResultCalculator(ScoringService.RULES_VERSION)
                .teamRound(model, submitted, anonymity.minimum(), round.managerHeldLinksCount(), shuffle));
        results.save(RoundResult.of(
                round, result, ScoringService.RULES_VERSION, anonymity.minimum(), round.managerHeldLinksCount()));
    }
}
