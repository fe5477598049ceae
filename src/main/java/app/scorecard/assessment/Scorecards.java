package app.scorecard.assessment;

import app.scorecard.assessment.RoundAccess.VisibleRound;
import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard of a self-assessment: for its respondent, the team's managers and admins (see {@link RoundAccess});
 * everyone else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final RoundAccess access;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final AnswerScoring scoring;

    Scorecards(RoundAccess access, ResponseRepository responses, QuestionBank questionBank, AnswerScoring scoring) {
        this.access = access;
        this.responses = responses;
        this.questionBank = questionBank;
        this.scoring = scoring;
    }

    /**
     * @throws RoundNotFoundException when there is no such self-assessment, the viewer may not see it, or it is not
     *     submitted yet
     */
    public RoundScorecard of(long roundId, Viewer viewer) {
        return of(access.visible(roundId, viewer));
    }

    RoundScorecard of(VisibleRound visible) {
        Round round = visible.round();
        long roundId = round.getId();
        Response response = responses.findSubmittedByRoundId(roundId).stream()
                .filter(candidate -> candidate.isRespondent(round.getCreatedBy()))
                .findFirst()
                .orElseThrow(() -> new RoundNotFoundException("scorecard", roundId));
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        return new RoundScorecard(
                round.getId(),
                visible.team().name(),
                round.getLabel(),
                round.getMode(),
                version.title(),
                version.key(),
                version.version(),
                response.getSubmittedAt(),
                scoring.score(version, response.scoringAnswers()));
    }
}
