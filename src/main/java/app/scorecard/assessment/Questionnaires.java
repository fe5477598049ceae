package app.scorecard.assessment;

import app.scorecard.assessment.internal.Response;
import app.scorecard.assessment.internal.ResponseRepository;
import app.scorecard.questionbank.QuestionBank;
import app.scorecard.questionbank.QuestionSetDefinition;
import app.scorecard.team.TeamService;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent's questionnaire: open it, save a draft, submit. Each call is one transaction, so a refused or failed
 * submit stores nothing at all. Only the respondent reaches their response; for anyone else it does not exist.
 */
@Service
@Transactional
public class Questionnaires {

    private final ResponseRepository responses;
    private final QuestionBank questionBank;
    private final TeamService teams;
    private final Clock clock;

    Questionnaires(ResponseRepository responses, QuestionBank questionBank, TeamService teams, Clock clock) {
        this.responses = responses;
        this.questionBank = questionBank;
        this.teams = teams;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QuestionnaireView open(long responseId, long viewerId) {
        Response response = respondentsOwn(responseId, viewerId);
        var round = response.getRound();
        String teamName = teams.find(round.getTeamId()).map(team -> team.name()).orElse("");
        return new QuestionnaireView(
                response.getId(),
                round.getId(),
                teamName,
                round.getLabel(),
                questionBank.definition(round.getVersionId()),
                response.getAnswers(),
                response.isSubmitted(),
                response.getLockVersion(),
                response.getUpdatedAt());
    }

    /**
     * Stores the answers as a draft, complete or not.
     *
     * @param lockVersion the version of the response the page showed
     * @throws InvalidAnswersException when a choice or comment is not acceptable; nothing is stored
     * @throws StaleResponseException when the response was saved elsewhere meanwhile, or is submitted
     */
    public void saveDraft(
            long responseId,
            long viewerId,
            long lockVersion,
            Map<String, String> choices,
            Map<String, String> comments) {
        Response response = respondentsOwn(responseId, viewerId);
        if (response.isSubmitted() || response.getLockVersion() != lockVersion) {
            throw new StaleResponseException();
        }
        AnswerSheet sheet = AnswerSheet.read(versionOf(response), choices, comments);
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        response.saveDraft(sheet.answers(), clock.instant());
    }

    /**
     * Stores the final answers: every question needs a value or N/A. Submitting a response that is already submitted
     * stores nothing and answers the same, so a double click, a refresh or a replayed form lands on the same result.
     *
     * @return the id of the round, whose scorecard shows the result
     * @throws InvalidAnswersException when an answer is missing or not acceptable; nothing is stored
     * @throws StaleResponseException when the draft was saved elsewhere meanwhile; nothing is stored
     */
    public long submit(
            long responseId,
            long viewerId,
            long lockVersion,
            String submissionId,
            Map<String, String> choices,
            Map<String, String> comments) {
        Response response = respondentsOwn(responseId, viewerId);
        long roundId = response.getRound().getId();
        if (response.isSubmitted()) {
            return roundId;
        }
        if (response.getLockVersion() != lockVersion) {
            throw new StaleResponseException();
        }
        QuestionSetDefinition version = versionOf(response);
        AnswerSheet sheet = AnswerSheet.read(version, choices, comments).requireAllAnswered(version);
        if (sheet.hasProblems()) {
            throw new InvalidAnswersException(sheet);
        }
        response.submit(sheet.answers(), submissionId, clock.instant());
        return roundId;
    }

    /** Whether the response is submitted, e.g. after a concurrent submit won the race. */
    @Transactional(readOnly = true)
    public boolean isSubmitted(long responseId, long viewerId) {
        return respondentsOwn(responseId, viewerId).isSubmitted();
    }

    private Response respondentsOwn(long responseId, long viewerId) {
        return responses
                .findWithRoundById(responseId)
                .filter(response -> response.isRespondent(viewerId))
                .orElseThrow(() -> new RoundNotFoundException("response", responseId));
    }

    private QuestionSetDefinition versionOf(Response response) {
        return questionBank.definition(response.getRound().getVersionId());
    }
}
