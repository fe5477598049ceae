package app.scorecard.assessment;

import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.assessment.internal.Round;
import app.scorecard.assessment.internal.RoundRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamService;
import app.scorecard.team.TeamView;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scorecards of rounds. A self-assessment's scorecard is for its respondent, the team's managers and admins;
 * everyone else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final AnswerScoring scoring;

    Scorecards(
            RoundRepository rounds,
            ResponseRepository responses,
            QuestionBank questionBank,
            TeamService teams,
            AnswerScoring scoring) {
        this.rounds = rounds;
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.scoring = scoring;
    }

    /**
     * @throws RoundNotFoundException when there is no such round, the viewer may not see it, or it has no
     *     submitted response yet
     */
    public RoundScorecard of(long roundId, long viewerId, boolean admin) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException("round", roundId));
        TeamView team = teams.find(round.getTeamId()).orElseThrow();
        List<Response> submitted = responses.findSubmittedByRoundId(roundId);
        boolean respondent = submitted.stream().anyMatch(response -> response.isRespondent(viewerId));
        if (!(admin || team.isManagedBy(viewerId) || respondent) || submitted.isEmpty()) {
            throw new RoundNotFoundException("round", roundId);
        }
        Response response = submitted.get(0);
        QuestionSetDefinition version = questionBank.definition(round.getVersionId());
        return new RoundScorecard(
                round.getId(),
                team.name(),
                round.getLabel(),
                round.getMode(),
                version.title(),
                version.key(),
                version.version(),
                response.getSubmittedAt(),
                scoring.score(version, response.scoringAnswers()));
    }
}
